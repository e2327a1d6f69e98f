"""Meetings and who took part in them in which role."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Role(StrEnum):
    """A participant's role in a meeting."""

    CHAIR = "chair"
    CO_CHAIR = "co-chair"
    ATTENDEE = "attendee"
    SPEAKER = "speaker"


class Participation(BaseModel):
    """A person's part in a meeting."""

    model_config = ConfigDict(frozen=True)

    person: str
    role: Role


class Meeting(BaseModel):
    """A conference, session, working session, congress or ceremony."""

    model_config = ConfigDict(frozen=True)

    kind: str  # hội nghị | kỳ họp | phiên họp | buổi làm việc | đại hội | lễ | …
    name: str
    date: dt.date | None = None
    locality: str | None = None
    organizers: tuple[str, ...] = ()
    participants: tuple[Participation, ...] = ()
