"""Party-cell rules the layout check applies: an admission needs two thirds of the official members."""

from __future__ import annotations

from minutes_app.domain.facts import admission_needed, eligible_for, party_counts
from minutes_app.domain.model import Meeting, VotePurpose
from minutes_app.domain.text import pad2
from minutes_app.domain.validation import Problem, warning


def admission_problems(meeting: Meeting) -> list[Problem]:
    """Return a warning for each admission vote short of two thirds of the cell's official
    members (Điều lệ Đảng, Điều 4), or that cannot be counted because no membership is recorded."""
    problems: list[Problem] = []
    counts = party_counts(meeting.attendees)
    for i, vote in enumerate(meeting.votes):
        if vote.purpose is not VotePurpose.ADMISSION:
            continue
        path = f"votes[{i}]"
        if counts is None or counts.official == 0:
            problems.append(
                warning(
                    path,
                    "biểu quyết kết nạp đảng viên tính trên số đảng viên chính thức của chi bộ, "
                    "nhưng thành phần dự họp chưa ghi ai là đảng viên chính thức",
                    "an admission vote counts against the cell's official members, but no "
                    "attendee is recorded as an official member",
                )
            )
            continue
        official = eligible_for(vote, meeting)
        needed = admission_needed(official)
        if vote.in_favour < needed:
            problems.append(
                warning(
                    path,
                    f"chỉ {pad2(vote.in_favour)}/{pad2(official)} đảng viên chính thức tán thành "
                    f"kết nạp, chưa đủ hai phần ba (cần ít nhất {pad2(needed)}; Điều lệ Đảng, "
                    "Điều 4)",
                    f"only {vote.in_favour} of {official} official members voted for the "
                    f"admission, short of two thirds (at least {needed} are needed; Party "
                    "Statute, Article 4)",
                )
            )
        if vote.cast > counts.official_present and vote.eligible is None:
            problems.append(
                warning(
                    path,
                    f"số phiếu biểu quyết kết nạp ({vote.cast}) nhiều hơn số đảng viên chính thức "
                    f"có mặt ({counts.official_present}); đảng viên dự bị không biểu quyết kết nạp",
                    f"the admission votes cast ({vote.cast}) exceed the official members present "
                    f"({counts.official_present}); probationary members do not vote on admissions",
                )
            )
    return problems
