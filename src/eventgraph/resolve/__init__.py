"""Identities across articles: which mentions are the same directive, meeting, person."""
