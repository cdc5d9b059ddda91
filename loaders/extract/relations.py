"""Facts from mentions: who adopted, pioneered, promoted or was honoured with what, and when.

Works sentence by sentence, clause by clause over one article (one spaCy Doc): `article.py` holds
the article and how subjects and years are resolved, `mechanism_facts.py` and `award_facts.py` the
rules that turn mentions into facts.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Fact
from .article import _BYLINE, ArticleBase, ArticleInfo, Mention, Ref
from .award_facts import AwardFacts
from .mechanism_facts import MechanismFacts

__all__ = ["ArticleExtractor", "ArticleInfo", "Mention", "Ref"]


class ArticleExtractor(ArticleBase, MechanismFacts, AwardFacts):
    """All fact rules over one article; `run` reads it sentence by sentence."""

    def run(self) -> list[Fact]:
        # the place a section is about: the article's, until a heading or byline names another;
        # a sentence's own subject carries only to the end of its paragraph
        section_place = self.info.main_place
        para_now = None
        for sent in self.info.sentences:
            s, e, para = sent
            stext = self.text[s:e]
            self._heading(stext)
            if para != para_now:
                para_now = para
                if self._within(self.topic, section_place) or self.topic is None:
                    self.topic = section_place  # a sub-place was an example; a peer place starts a new case
            subj = self._sentence_subject(s, e)
            if self._is_heading(stext) and _BYLINE.search(stext):
                named = self._heading_place(s, e)
                if named is not None:
                    section_place = self.topic = named
            elif subj is not None:
                self.topic = subj
            if self._roster(sent):
                continue
            self._collection(sent)
            self._awards(sent, subj)
            self._headline(sent, subj)
            self._mechanisms(sent, subj)
        return self.facts


Doc.set_extension("facts", default=None, force=True)
Doc.set_extension("article", default=None, force=True)


@Language.factory("fazhi_relations")
def make_relations(nlp: Language, name: str):
    from .spans import awards_of, bodies_of, mechanisms_of, places_of
    from .spanset import doc_text

    def component(doc: Doc) -> Doc:
        info: ArticleInfo = doc._.article or ArticleInfo(doc="inline", sentences=[(0, len(doc_text(doc)), 0)],
                                                         paragraphs=[(0, len(doc_text(doc)))])
        ex = ArticleExtractor(doc_text(doc), info, places_of(doc), bodies_of(doc), mechanisms_of(doc), awards_of(doc))
        doc._.facts = ex.run()
        return doc

    return component
