"""Who signs minutes, in which order, and the signature field each role fills."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

#: Vietnam's time (no daylight saving): signing times are shown in it whatever the machine's zone.
VN_TIME = dt.timezone(dt.timedelta(hours=7), "+07:00")


class Role(StrEnum):
    """A signer of the minutes (``COPY``: the body signing a copy, trích sao / sao y)."""

    SECRETARY = "secretary"
    CHAIR = "chair"
    ORGANISATION = "organisation"
    COPY = "copy"

    @property
    def field_name(self) -> str:
        """Return the name of the signature field this role signs."""
        return f"Sig_{self.value}"

    @property
    def label(self) -> str:
        """Return the bilingual name of the role."""
        return ROLE_LABELS[self]

    @property
    def requires(self) -> Role | None:
        """Return the role that must have signed before this one (secretary, chair, body)."""
        return {Role.CHAIR: Role.SECRETARY, Role.ORGANISATION: Role.CHAIR}.get(self)


ROLE_LABELS = {
    Role.SECRETARY: "thư ký / secretary",
    Role.CHAIR: "chủ trì / chair",
    Role.ORGANISATION: "cơ quan / organisation",
    Role.COPY: "cơ quan, bản sao / organisation, copy",
}


def role_of_field(name: str) -> Role | None:
    """Return the role a signature field belongs to (None: a field another tool made)."""
    for role in Role:
        if name == role.field_name:
            return role
    return None


def vn_now() -> dt.datetime:
    """Return the current time in Vietnam, to the second."""
    return dt.datetime.now(VN_TIME).replace(microsecond=0)
