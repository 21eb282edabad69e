from enum import StrEnum


class CompanyRepresentativeRoleInCompany(StrEnum):
    DAGL = "DAGL"
    DTPR = "DTPR"
    DTSO = "DTSO"
    INNH = "INNH"
    KOMP = "KOMP"
    LEDE = "LEDE"
    MEDL = "MEDL"
    NEST = "NEST"
    POFE = "POFE"
    POHV = "POHV"
    PROK = "PROK"
    SIFE = "SIFE"
    SIGN = "SIGN"
    SIHV = "SIHV"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CompanyRepresentativeRoleInCompany | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
