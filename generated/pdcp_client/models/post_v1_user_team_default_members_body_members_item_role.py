from enum import StrEnum


class PostV1UserTeamDefaultMembersBodyMembersItemRole(StrEnum):
    ADMIN = "ADMIN"
    GUEST = "GUEST"
    MEMBER = "MEMBER"
    VIEWER = "VIEWER"

    def __str__(self) -> str:
        return str(self.value)
