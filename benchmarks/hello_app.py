"""The smallest Streamlit page: one title. `bench_first_page.py` serves it to show what any
Streamlit first page costs in Chromium on this machine, before any element of ours."""

import streamlit as st

st.title("Tổng quan")
