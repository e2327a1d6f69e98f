"""A synthetic corpus with known answers: Vietnamese political articles and the facts they state.

`generate(n, seed)` streams `(row, truth)` pairs: `row` is a corpus line (id, title, published,
source, text) and `truth` is what a careful reader extracts from it, in the contract of
../shared/eval/GUIDE.md. Everything is fictional: the people, the documents and their numbers; only
the provinces, districts and communes are real (from the gazetteer). The same seed always gives the
same corpus, for any length.
"""

from eventgraph.synth.corpus import generate, write_corpus

__all__ = ["generate", "write_corpus"]
