from enum import StrEnum


class DeviationAction(StrEnum):
    ACTION_GENERATE_RESTORDER = "ACTION_GENERATE_RESTORDER"
    ACTION_IGNORE = "ACTION_IGNORE"
    ACTION_RETURN = "ACTION_RETURN"
    ACTION_RETURN_GENERATE_RESTORDER = "ACTION_RETURN_GENERATE_RESTORDER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DeviationAction | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
