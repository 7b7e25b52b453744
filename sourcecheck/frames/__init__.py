"""Frames: what each figure counts, who said it, for which day and place, at which rate.

Why
---
DESIGN §2 puts a frame between documents and claims: one per figure, read from the figure's
own clause. The words that frames are read with change with the language (attribution
verbs, roles, generic actors…); they are data files under `frames/data/`, loaded once per
process and compiled here, while the extraction code holds the grammar.

Example
-------
>>> from sourcecheck.frames.attribution import vocabulary
>>> vocabulary("it").generic_kind("comune")
'town'
"""
