from enum import StrEnum


class AutoPayCertificateAlgorithm(StrEnum):
    ECDSAP256SHA256 = "EcdsaP256Sha256"
    ECDSAP384SHA384 = "EcdsaP384Sha384"
    ED25519 = "Ed25519"
    RSAPSSSHA512 = "RsaPssSha512"
    RSASHA256 = "RsaSha256"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AutoPayCertificateAlgorithm | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
