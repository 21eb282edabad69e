from enum import StrEnum


class CustomerTripletexAccount2Type(StrEnum):
    ANS = "ANS"
    AS = "AS"
    ASA = "ASA"
    BA = "BA"
    BBL = "BBL"
    BO = "BO"
    BRL = "BRL"
    DA = "DA"
    ENK = "ENK"
    EOFG = "EOFG"
    ESEK = "ESEK"
    FCD = "FCD"
    FLI = "FLI"
    GFS = "GFS"
    IKS = "IKS"
    KF_FKF = "KF_FKF"
    KS = "KS"
    NONE = "NONE"
    NUF = "NUF"
    ORG = "ORG"
    OS = "OS"
    OTHER = "Other"
    PRE = "PRE"
    SA = "SA"
    SAM = "SAM"
    SF = "SF"
    SPA = "SPA"
    STI = "STI"
    VPFO = "VPFO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomerTripletexAccount2Type | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
