from enum import StrEnum


class ScanStatus(StrEnum):
    FAILED = "failed"
    FINISHED = "finished"
    QUEUED = "queued"
    RUNNING = "running"
    SCHEDULED = "scheduled"
    STARTING = "starting"
    UPLOADED = "uploaded"

    def __str__(self) -> str:
        return str(self.value)
