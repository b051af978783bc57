"""The draft checker's problems (``lawbook.drafts``) in the reader's language. The lawbook
knows no Django: it gives a code and its parameters, and the words are here."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from biliktilik.api.messages import field_message

TEXT = {
    "too_long": _("The draft is longer than %(limit)s characters."),
    "not_yaml": _("This is not YAML: line %(line)s, column %(column)s: %(problem)s."),
    "not_mapping": _("A draft is a mapping of keys (id, title, changes…), as an act file is."),
    "draft_id": _("A draft's id begins with %(prefix)s (for example draft-2027-1)."),
    "id_taken": _("%(id)s is an act of the law in force: give the draft an id of its own."),
    "no_entry_into_force": _("A draft needs an assumed entry into force (rule: fixed, date: …)."),
    "unknown_act": _("%(act)s is not an act of our law."),
    "act_twice": _("%(act)s is amended in an earlier entry: give all its changes in one."),
    "point_twice": _("Point %(point)s is given twice."),
    "wording_by": _("A wording of this draft is by the draft itself: %(draft)s."),
    "before_entry": _("%(date)s is before the draft's entry into force (%(entry)s)."),
    "overlap": _(
        "This overlaps the wording of %(act)s p.%(point)s valid from %(date)s: a draft's wording must "
        "begin after every wording of the point."
    ),
    "requirement_without_wording": _(
        "Requirement %(point)s rests on p.%(point)s: give its new wording under points."
    ),
    "requirement_not_restated": _(
        "P.%(point)s is re-worded but its requirement is not given: restate it with the new values."
    ),
    "no_attestation": _("%(act)s has no attestation parameters to change."),
    "attestation_not_restated": _(
        "%(key)s rests on p.%(point)s, which the draft re-words: give %(key)s anew."
    ),
    "cites_replaced_wording": _(
        "This cites p.%(point)s, which the draft re-words: its wording_by must be %(draft)s."
    ),
    "cites_missing_wording": _("This cites a wording of p.%(point)s by %(draft)s, but the draft gives none."),
    "dangling_citation": _("The citation points at nothing in our law: %(problem)s."),
    "law_check": _("The law check refused the draft: %(problem)s."),
}


def problem_text(problem) -> str:
    """One checker problem as a sentence in the active language."""
    if problem.code == "schema":
        return field_message(problem.params)
    template = TEXT.get(problem.code)
    return str(template) % problem.params if template is not None else problem.msg


def where(loc) -> str:
    """A YAML path as the reader finds it in the text: ``changes[0].requirements[0].ladders[1]``."""
    shown = ""
    for part in loc:
        shown += f"[{part}]" if isinstance(part, int) else (f".{part}" if shown else str(part))
    return shown
