"""Joint statements that are no agreement: papers of one side's bodies.

Needs: a coded event. Used by `commentary.settle` on every event of an article.

"The Friendship Association and the Study Group of Ruritania issued a joint statement":
bodies of one country (or several of one state's parties and organisations) speak together;
what they say is coded from its own words (an accusation, praise), and their paper is no
agreement signed between parties. A joint statement is an agreement only where its issuers
are of two or more states ("China and Russia issued a joint statement") or one issues it
"with" another ("China issued a joint communique with Niger").
"""

from __future__ import annotations

import re

from peninsula.models import Event

_JOINT_PAPER = re.compile(
    r"\bjoint (?:press )?(?:statements?|declarations?|communiqu\w+)\b", re.IGNORECASE
)
_WITH = re.compile(r"\bwith\b", re.IGNORECASE)


def one_sided_paper(event: Event) -> bool:
    """Whether an agreement is only a joint statement issued by one country's bodies."""
    if event.kind != "agreement_signed" or event.source is None:
        return False
    if len(event.source.codes) > 1:
        return False
    sentence = event.evidence.sentence
    if _JOINT_PAPER.search(sentence) is None:
        return False
    return event.target is None or _WITH.search(sentence) is None
