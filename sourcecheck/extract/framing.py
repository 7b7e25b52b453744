"""Whether and how a speaker gives a figure: the frame around it.

Why
---
A name in a sentence gives no figure by itself: "700 police officers were deployed" names
the police inside what is counted. A speaker attributes through its frame: a marker before
it ("selon X", "according to X": the figure before or after), a passive ("annoncés par X"),
a label ("23 000 (préfecture)", "81 000 pour la CGT"), an inverted verb (", a indiqué la
mairie": the figures before), a verb after it ("X a compté", "X said": the figures after, or
before when the verb closes its clause: ", the ministry said,") or an ellipsis ("et les
syndicats 45 000"). The words are data; a sentence's word features (`Vocabulary.features`)
skip every pattern that cannot match there.

Example
-------
>>> from sourcecheck.extract.attribution import Speakers
>>> from sourcecheck.extract.sources import load_sources
>>> sp = Speakers("23 000 (police) et 40 000 selon la CGT.", "fr", None, load_sources())
>>> [(a.source, a.applies, a.how) for a in sp.attributions(0)]
[('police', 'label', 'label'), ('CGT', 'both', 'marker')]
"""

from __future__ import annotations

import bisect
import re
from functools import reduce
from operator import or_
from typing import TYPE_CHECKING

from sourcecheck import regexcache
from sourcecheck.extract.speakers import Speaker, elliptic
from sourcecheck.frames.attribution import (
    ACTION,
    BY,
    COUNTING,
    LABEL,
    MARKER,
    NAME,
    SAYING,
    Vocabulary,
)

if TYPE_CHECKING:
    from sourcecheck.extract.attribution import Attribution, Speakers

# lower-case words before a person's role: ", said fire chief Tom Riley"
_ROLE_MODIFIERS = tuple(
    regexcache.compile(rf"(?<![\w'’-])(?:[a-z][a-z-]{{2,}}\s+){{{n}}}$") for n in (1, 2, 3, 4)
)
WINDOW = 80  # characters before a speaker where its marker, passive or inverted verb stands
# what may open a sentence before a speaker and its colon: a determiner, a conjunction before
# it ("Ma il presidente X ribatte: «…»", "Mais le maire X : «…»"), a body's name
_OPENING = regexcache.compile(rf"(?i:[a-zà-ÿ]+['’ ]\s*){{0,2}}(?:{NAME}(?:['’]s)?\s+){{0,4}}")


class Context:
    """What a sentence offers every speaker's frame: its span, words and what they may be."""

    __slots__ = ("lo", "hi", "has", "markers", "tokens", "feats", "_starts", "speakers")

    def __init__(self, lo: int, hi: int, has: int, markers, tokens, feats: list[int], speakers=()):
        self.lo, self.hi, self.has, self.markers = lo, hi, has, markers
        self.tokens, self.feats, self._starts = tokens, feats, None
        self.speakers = speakers  # every speaker of the sentence (a marker frames the first)

    def index(self, pos: int) -> int:
        """The index of the first word at or after `pos`."""
        if self._starts is None:
            self._starts = [t[0] for t in self.tokens]
        return bisect.bisect_left(self._starts, pos)


def frame(sp: Speakers, ctx: Context, c: Speaker) -> Attribution | None:
    """The attribution a speaker makes, from the words around it; None when it only stands
    in the sentence ("700 police officers were deployed": inside the counted noun)."""
    found = _framed(sp, ctx, c)
    if found is None:
        return None
    text, v = sp.body, sp.vocab
    if found.applies == "post" and v.continuing.match(text, found.end, ctx.hi):
        found = found._replace(applies="both")  # "…, X said, bringing the toll to 45"
    w = max(ctx.lo, c.start - WINDOW)
    if (m := v.counted_noun.search(text, w, c.start)) and not _glued(text, m.start()):
        words = re.split(r"[\s'’]+", m.group(1).lower())
        if not set(words) & v.frame_words and not _object_relative(v, found, words):
            return None  # ("d'après")
    return found


def _object_relative(v, found, words: list[str]) -> bool:
    """Is `found` a verb of saying whose object is the figure before its speaker, in a
    relative clause that closes right after the verb ("short of the €6.1 billion the agency
    says is needed", "the 3,000 jobs that Norland says it will create")? `words` are those
    between the figure and the speaker; a determiner or a relative pronoun last among them
    opens the clause (not "700 police officers said": the speaker inside the counted noun).
    """
    if found.how != "speech" or found.applies != "post":
        return False
    last = [w for w in words if w]
    return bool(last) and (last[-1] in v.det_words or last[-1] in v.complementizer_words)


def _made(text: str, c: Speaker, at: int, applies: str, how: str, end: int = -1) -> Attribution:
    from sourcecheck.extract.attribution import Attribution

    end = c.end if end < 0 else end
    return Attribution(at, end, c.source, text[at:end], applies, c.role, how)


_DIGIT = regexcache.compile(r"\d")


def _marker_applies(sp: Speakers, ctx: Context, c: Speaker, m: re.Match) -> str:
    """ "post" for a marker that closes its figure's clause when a coordinator then opens a
    clause with its own verb ("600 homes, according to X, and 9 roads are still closed": the
    9 is the writer's), else "both"."""
    if not _DIGIT.search(sp.body, ctx.lo, m.start()):
        return "both"
    return "post" if sp.vocab.own_clause_after.match(sp.body, c.end, ctx.hi) else "both"


def _framed(sp: Speakers, ctx: Context, c: Speaker) -> Attribution | None:
    text, v, lo, hi, feats = sp.body, sp.vocab, ctx.lo, ctx.hi, ctx.feats
    w = max(lo, c.start - WINDOW)
    k0, k1 = ctx.index(c.start), ctx.index(c.end)
    before = reduce(or_, feats[max(0, k0 - 8) : k0], 0)
    if before & MARKER:
        for at, word in reversed(ctx.markers):  # "selon la CGT", nearest first
            if w <= word < c.start and (m := v.pre.search(text, max(w, at), c.start)):
                if not _spoken_between(sp, ctx, c, m.start()):
                    return _made(text, c, m.start(), _marker_applies(sp, ctx, c, m), "marker")
    near = reduce(or_, feats[max(0, k0 - 4) : k0], 0)
    by = reduce(or_, feats[max(0, k0 - 7) : k0], 0)  # (a body's people between: `people_of`)
    if by & BY and (m := v.passive.search(text, w, c.start)):  # "annoncés par la CGT"
        # the participle nearest its agent: "18 gli arresti eseguiti dai carabinieri" (the
        # counted noun may itself read as one)
        while n := v.passive.search(text, m.start() + 1, c.start):
            m = n
        return _made(text, c, m.start(), "both", "passive")
    if v.cleft.fullmatch(text, lo, c.start):  # "A lanciare l'allarme è la Coldiretti: …"
        return _made(text, c, lo, "pre", "speech")
    if (
        c.kind != "unknown"  # (a place no list knows: "Dans le Var, on compte…")
        and v.scope_before.fullmatch(text, lo, c.start)
        and (m := v.impersonal_after.match(text, c.end, hi))
    ):  # "À la préfecture, on indique que 14 routes…"
        return _made(text, c, lo, "pre", "speech", m.end())
    spoke = reduce(or_, feats[max(0, k0 - 10) : k0], 0)  # ", a indiqué lundi soir la …"
    if found := _after_description(sp, ctx, c):
        return found
    if c.kind == "unknown":
        return _unknown_frame(sp, ctx, c, w, spoke, k1)
    if v.label_end.match(text, c.end, hi) and (m := v.opening.fullmatch(text, lo, c.start)):
        return _made(text, c, m.start(), "both", "marker")  # "Per la Federazione, però, …"
    if near & LABEL and v.opens_after_break:  # "…, mentre per i sindacati ha superato il 60%"
        if m := v.opening_after_break.search(text, w, c.start):
            return _made(text, c, m.start(), "pre", "marker")
    if near & LABEL and (m := v.label.search(text, w, c.start)):  # "81 000 pour la CGT"
        if v.label_opens.match(text, c.end, hi):  # "…31%, per i sindacati del 78%": the next
            return _made(text, c, m.start("at"), "pre", "marker")  # figure's, not the last's
        return _made(text, c, m.start("at"), "label", "label")
    if text.rfind("(", w, c.start) >= 0 and v.paren_before.search(text, w, c.start):
        if v.paren_after.match(text, c.end, hi):  # "23 000 (préfecture)"
            return _made(text, c, c.start, "label", "label")
    if (
        spoke & (SAYING | COUNTING)
        and (m := _inverted(v, text, w, c))
        and not _told(v, text, c)
        and not v.finite_after.match(text, c.end, hi)
    ):
        applies = "both" if m.group("as") else "post"  # "Come riferisce l'Ansa, …"
        return _made(
            text, c, m.start("as") if m.group("as") else m.start("at"), applies, "inverted"
        )
    if v.backward_speaker.fullmatch(text, lo, c.start):  # "Lo comunica la prefettura."
        return _made(text, c, lo, "post", "inverted")
    if _object(sp, ctx, c, k0):
        return None  # "Il Comune ha attivato il Centro operativo e ha chiuso…": an object
    # the verb after it: within a few words, or after a relative clause ("X, which …, said")
    reach = _reach(v, text, c.end, hi)
    if k1 < len(ctx.tokens) and ctx.tokens[k1][2] in v.locative_words:
        reach = 10  # "X in the hill village of Borgo Pescaria said"
    after = reduce(or_, feats[k1 : k1 + reach], 0)
    if after & (SAYING | COUNTING | ACTION):
        # "The mayor, Lisa Brandt, said": a person's apposition closes with a comma
        past = _past_description(text, c)
        speech = verb = None
        for at in dict.fromkeys((past, c.end)):  # "X, who visited the site, announced"
            speech = v.speech.match(text, at, hi) if after & (SAYING | COUNTING) else None
            verb = speech or (v.verb.match(text, at, hi) if c.acts and after & ACTION else None)
            if verb:
                break
        if verb and not v.passive_aux.search(text, at, verb.end()):  # "X was fined": not X's
            # (a verb of acting closes no clause: "…, as the operator ran ferries, X said" is X's)
            closes = (
                speech
                and v.closing.match(text, verb.end(), hi)
                and not v.adverb_aside.match(text, verb.end(), hi)
            )
            applies = "post" if closes else "pre"
            return _made(text, c, c.start, applies, "speech" if speech else "action", verb.end())
    if c.acts and (found := _done(sp, ctx, c, k1, reach)):
        return found
    if found := _coordinated(sp, ctx, c):
        return found
    if (m := v.possessive.match(text, c.end, hi)) and (
        c.kind != "press" or text.startswith(("'", "’"), c.end)  # "the lowest daily figure"
    ):
        return _made(
            text, c, c.start, _possessive_applies(v, text, m.end(), hi), "possessive", m.end()
        )
    if found := _colon_quote(sp, ctx, c):
        return found
    if v.ellipsis_after.match(text, c.end, hi) and not v.ellipsis_complement.search(
        text, lo, c.start
    ):  # "et les syndicats 45 000" (not "… e del consiglio regionale 40": a complement)
        prefix = text[lo : c.start]
        if _aside(v, text, lo, c):
            return None  # "la police parle, elle, de 35 000": an aside, no subject of its own
        if not prefix.strip() or re.fullmatch(v.art, prefix):
            return _made(text, c, c.start, "pre", "ellipsis")
        if v.ellipsis_before.search(text, w, c.start):
            return _made(text, c, c.start, "pre", "ellipsis")
    return None


def _aside(v: Vocabulary, text: str, lo: int, c: Speaker) -> bool:
    """Is `c` an adverb set off by commas ("…, elle, de 35 000", "…, lui, 12 000"), a
    pronoun of emphasis rather than the subject of a verb left out?"""
    return (
        " ".join(text[c.start : c.end].lower().split()) in v.adverb_words
        and text[lo : c.start].rstrip().endswith(",")
        and text[c.end : c.end + 3].lstrip().startswith(",")
    )


def _spoken_between(sp: Speakers, ctx: Context, c: Speaker, at: int) -> bool:
    """Does another speaker, then a figure, stand between a marker at `at` and speaker `c`?
    The marker frames that one: in "selon la CGT et 76 000 pour la préfecture" the
    préfecture's figure is its label's, not the CGT's marker's.

    Example: "… 640 000 selon la CGT et 76 000 pour la préfecture" → True for the préfecture.
    (Without a figure between, the later name keeps the marker: "selon un porte-parole de la
    SNCF"; "pour" alone measured one frozen figure fewer.)
    """
    return any(
        at < f.start and f.end <= c.start and _DIGIT.search(sp.body, f.end, c.start)
        for f in ctx.speakers
    )


_DIGIT = regexcache.compile(r"\d")


def _past_description(text: str, c: Speaker) -> int:
    """Where the verb after speaker `c` may stand: past the comma that closes a person's
    apposition ("The mayor, Lisa Brandt, said") or a body's description its span runs over
    (`speakers.appositions`: "La FNTR, premier syndicat du secteur, a compté"), else its end.

    Example: "La FNTR, premier syndicat du secteur, a compté" → the offset after the comma.
    """
    closes = c.kind == "person" or "," in text[c.start : c.end] or _apposed(text, c.start)
    return c.end + 1 if closes and text.startswith(",", c.end) else c.end


# a sentence's opening description, then a comma: "The cheesemaker, ", "L'azienda veneta, "
_DESCRIPTION_BEFORE = regexcache.compile(
    r"(?:^|[.!?»”\"]\s+|\n\s*)[A-ZÀ-Ý][a-zà-ÿ]{0,3}(?:['’]|\s+)[a-zà-ÿ][\w'’ -]{1,50},\s*$"
)


def _apposed(text: str, start: int) -> bool:
    """Is the name at `start` in apposition to the description that opens its sentence ("The
    cheesemaker, Morlani Foods, has recalled…")? The comma after the name then closes it."""
    return _DESCRIPTION_BEFORE.search(text, max(0, start - 70), start) is not None


def _reach(v, text: str, end: int, hi: int) -> int:
    """How many words after a speaker ending at `end` its verb may stand: past a relative
    clause ("X, which …, said"), past an aside set off by commas ("Le cabinet Occurrence,
    mandaté par un collectif de médias, a dénombré"), else a few."""
    if not text.startswith(",", end):
        return 6
    return 30 if v.relative_after.match(text, end, hi) else 14


def _after_description(sp: Speakers, ctx: Context, c: Speaker) -> Attribution | None:
    """A speaker, a description of it set off by commas, then its verb of saying, counting
    or acting ("Terracolta, l'associazione dei viticoltori della valle, stima in 40
    milioni…"): the figures after the verb are its."""
    text, v = sp.body, sp.vocab
    if not ctx.has & (SAYING | COUNTING | ACTION) or not text.startswith(",", c.end):
        return None
    if (m := v.described_aside.match(text, c.end, ctx.hi)) is None:
        return None
    if verb := v.speech.match(text, m.end(), ctx.hi):
        applies = "post" if v.closing.match(text, verb.end(), ctx.hi) else "pre"
        return _made(text, c, c.start, applies, "speech", verb.end())
    # what a body does past its description ("La Privacy Board, l'autorità nazionale, ha
    # inflitto…"): the figures after its verb
    if c.acts and ctx.has & ACTION and (verb := v.verb.match(text, m.end(), ctx.hi)):
        if not v.passive_aux.search(text, m.end(), verb.end()):
            return _made(text, c, c.start, "pre", "action", verb.end())
    return None


def _possessive_applies(v, text: str, end: int, hi: int) -> str:
    """What a source's count noun gives: the figure it names ("the agency's first estimate of
    40 tonnes": that one only, "pre"), else the figures around it ("Eurostat data showed…").

    Why: "…six times the coast guard's first figure of 40 tonnes" sets the publisher's 260
    tonnes beside the coast guard's 40; only the 40 is the coast guard's.
    """
    return "pre" if v.count_of.match(text, end, hi) else "both"


def _object(sp: Speakers, ctx: Context, c: Speaker, k0: int) -> bool:
    """Is `c` the object of the perfect verb right before it ("Il Comune ha attivato il
    Centro operativo", "the council has hired the agency")? What follows it is then not its
    doing. (A verb of saying before it made it the speaker already: "ha reso noto il X".)"""
    if not any(t[2] in sp.vocab.perfect_words for t in ctx.tokens[max(0, k0 - 5) : k0]):
        return False
    return bool(sp.vocab.object_of.search(sp.body, max(ctx.lo, c.start - 60), c.start))


def _inverted(v, text: str, w: int, c: Speaker) -> re.Match | None:
    """The inverted verb before a speaker (", a indiqué la préfecture"); before a person, the
    words that qualify its role may stand between (", said fire chief Tom Riley")."""
    if m := v.inverted.search(text, w, c.start):
        return m
    if c.kind != "person":
        return None
    for words in _ROLE_MODIFIERS:  # nearest first: "said fire chief", "said deputy fire chief"
        if (mod := words.search(text, w, c.start)) and (
            m := v.inverted.search(text, w, mod.start())
        ):
            return m
    return None


def _told(v, text: str, c: Speaker) -> bool:
    """Is `c` whom a figure was told, its preposition right before it ("È quanto dichiarato
    all'Ansa dal sindaco": the Ansa was told, the mayor spoke)?"""
    return bool(v.recipient_before.search(text, max(0, c.start - 8), c.start))


def _done(sp: Speakers, ctx: Context, c: Speaker, k1: int, reach: int) -> Attribution | None:
    """A body that did something with the figures after it, read from a perfect auxiliary
    and a participle whatever the verb ("la Procura ha iscritto 3 persone", "Firefighters
    have carried out 900 operations"); None when no perfect auxiliary follows it."""
    v, text = sp.vocab, sp.body
    if not any(t[2] in v.perfect_words for t in ctx.tokens[k1 : k1 + reach]):
        return None
    at = c.end + 1 if c.kind == "person" and text.startswith(",", c.end) else c.end
    verb = v.done.match(text, at, ctx.hi)
    if verb is None:
        return None
    return _made(text, c, c.start, "pre", "action", verb.end())  # (it closes no clause)


def _coordinated(sp: Speakers, ctx: Context, c: Speaker) -> Attribution | None:
    """A speaker opening its sentence as its subject, whose second verb, after a coordinator,
    says, counts or acts ("Le SNCA proteste contre le projet et réclame 400 agents"): the
    figures after that verb are its."""
    text, v = sp.body, sp.vocab
    if not ctx.has & (SAYING | COUNTING | ACTION) or not c.acts:
        return None
    if not re.fullmatch(v.art, text[ctx.lo : c.start], re.I):
        return None
    verb = v.coordinated.match(text, c.end, ctx.hi)
    if verb is None or v.passive_aux.search(text, c.end, verb.end()):
        return None
    return _made(text, c, c.start, "pre", "action", verb.end())


def _colon_quote(sp: Speakers, ctx: Context, c: Speaker) -> Attribution | None:
    """A speaker that opens its sentence, then a colon and a quote ("Le maire, Paul Varenne :
    « … »", "Coldiretti: «…»"): it says what the quote holds, and the quote's next sentences."""
    text, v = sp.body, sp.vocab
    m = v.colon_quote.match(text, c.end, ctx.hi)
    if m is None:
        return None
    prefix = text[ctx.lo : c.start]  # only a determiner, or a body's name ("Velmar's CEO X:")
    if prefix.strip() and not _OPENING.fullmatch(prefix.lstrip(" \t\n-–—•*")):
        return None
    return _made(text, c, c.start, "pre", "speech", m.end())


def relative(sp: Speakers, ctx: Context, c: Speaker) -> Attribution | None:
    """The relative clause after a speaker, when its verb says, counts or (for a body that
    acts) acts: "…, a indiqué le parquet, qui évoque un préjudice de 40 millions", "Ligure
    Gas Reti, che vi investirà 450 milioni". It gives the figures that follow."""
    text, v, hi = sp.body, sp.vocab, ctx.hi
    if not text.startswith(",", c.end):
        return None
    m, how = v.relative_speech.match(text, c.end, hi), "relative"
    if m is None and c.acts:  # (what a body does yields to one who says: "…, X said,
        m, how = v.relative_verb.match(text, c.end, hi), "action"  # noting that the
        # airline, which posted sales of…")
    return _made(text, c, m.start("at"), "pre", how, m.end()) if m else None


def _glued(text: str, at: int) -> bool:
    """Is the digit at `at` inside a word or number ("A5", "1.500")?"""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in ".,’'")


def _unknown_frame(sp: Speakers, ctx: Context, c: Speaker, w: int, spoke: int, k1: int):
    """A name no lexicon knows attributes with a verb of saying after it, or after one
    (its name then runs to the clause's end: ", ha reso noto il Centro funzionale");
    `spoke`: the features of the words before it."""
    text, v, hi = sp.body, sp.vocab, ctx.hi
    if spoke & SAYING and (m := _inverted(v, text, w, c)) and not _told(v, text, c):
        # "…, a indiqué le Sdis de l'Aude": its own qualifier, else lower-case words
        tail = (
            v.qualifier.match(text, c.end, hi)
            or v.numbered.match(text, c.end, hi)
            or v.name_tail.match(text, c.end, hi)
        )
        end = tail.end() if tail else c.end
        if v.name_end.match(text, end, hi) or v.name_aside.match(text, end, hi):
            applies = "both" if m.group("as") else "post"
            at = m.start("as") if m.group("as") else m.start("at")
            found = _made(text, c, at, applies, "inverted", end)
            if c.source != text[c.start : c.end]:  # a defined acronym's full name
                return found
            return found._replace(source=text[c.start : end])
        return None
    if v.backward_speaker.fullmatch(text, ctx.lo, c.start):  # "Lo comunica Terna."
        return _made(text, c, ctx.lo, "post", "inverted")
    reach = _reach(v, text, c.end, hi)
    after = reduce(or_, ctx.feats[k1 : k1 + reach], 0)
    past = _past_description(text, c)
    if after & SAYING and (verb := v.saying.match(text, past, hi)):
        applies = "post" if v.closing.match(text, verb.end(), hi) else "pre"
        return _made(text, c, c.start, applies, "speech", verb.end())
    verb = v.verb.match(text, past, hi) if c.acts and after & (ACTION | COUNTING) else None
    if verb and not v.passive_aux.search(text, past, verb.end()):
        if not v.copula.search(text, past, verb.end()):  # (not "X remains closed")
            return _made(text, c, c.start, "pre", "action", verb.end())  # "L'Antitrust ha multato"
    if c.acts and (found := _done(sp, ctx, c, k1, reach)):
        return found._replace(applies="pre")
    if found := _coordinated(sp, ctx, c):
        return found
    if v.label_end.match(text, c.end, hi) and (m := v.opening.fullmatch(text, ctx.lo, c.start)):
        return _made(text, c, m.start(), "both", "marker")  # "Pour la FDSEA, les pertes…"
    if m := v.possessive.match(text, c.end, hi):  # "Eurostat data showed"
        return _made(
            text, c, c.start, _possessive_applies(v, text, m.end(), hi), "possessive", m.end()
        )
    if elliptic(v, text, c.start, c.end) and not v.ellipsis_complement.search(text, w, c.start):
        return _made(text, c, c.start, "pre", "ellipsis")  # "et l'italienne Voliamo 28"
    if v.label_close.match(text, c.end, hi) and (m := v.label.search(text, w, c.start)):
        return _made(text, c, m.start("at"), "label", "label")  # "900 per la Fiom-Cgil"
    if text.rfind("(", w, c.start) >= 0 and v.paren_before.search(text, w, c.start):
        close = c.end - 1 if text[c.end - 1] == ")" else c.end  # (its bracket may close it)
        if v.paren_after.match(text, close, hi):  # "1 240 (ARS)"
            return _made(text, c, c.start, "label", "label")
    return _colon_quote(sp, ctx, c)
