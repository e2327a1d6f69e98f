"""The dashboard's page logic that is not Streamlit-specific (data shaping, lineage tree, colleague
neighbourhood, highlighting, exports, labels), plus `ui`, the Streamlit glue the pages share."""
