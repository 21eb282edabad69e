from enum import StrEnum


class BankBankStatementFileFormatSupportItem(StrEnum):
    CULTURA_BANK_TELEPAY = "CULTURA_BANK_TELEPAY"
    DANSKE_BANK_CSV = "DANSKE_BANK_CSV"
    DNB_CSV = "DNB_CSV"
    EIKA_TELEPAY = "EIKA_TELEPAY"
    HANDELSBANKEN_TELEPAY = "HANDELSBANKEN_TELEPAY"
    HAUGESUND_SPAREBANK_CSV = "HAUGESUND_SPAREBANK_CSV"
    LANDKREDITT_TELEPAY = "LANDKREDITT_TELEPAY"
    NORDEA_CSV = "NORDEA_CSV"
    SBANKEN_BEDRIFT_CSV = "SBANKEN_BEDRIFT_CSV"
    SBANKEN_PRIVAT_CSV = "SBANKEN_PRIVAT_CSV"
    SPAREBANK1_TELEPAY = "SPAREBANK1_TELEPAY"
    SPAREBANKEN_OST_TELEPAY = "SPAREBANKEN_OST_TELEPAY"
    SPAREBANKEN_SOR_TELEPAY = "SPAREBANKEN_SOR_TELEPAY"
    SPAREBANKEN_VEST_TELEPAY = "SPAREBANKEN_VEST_TELEPAY"
    TRANSFERWISE = "TRANSFERWISE"
    VISMA_ACCOUNT_STATEMENT = "VISMA_ACCOUNT_STATEMENT"
    VISMA_ACCOUNT_STATEMENT_PDS2_PLATFORM_AGNOSTIC = "VISMA_ACCOUNT_STATEMENT_PDS2_PLATFORM_AGNOSTIC"
    VISMA_ACCOUNT_STATEMENT_PLATFORM_AGNOSTIC = "VISMA_ACCOUNT_STATEMENT_PLATFORM_AGNOSTIC"
    VISMA_ACCOUNT_STATEMENT_PSD2 = "VISMA_ACCOUNT_STATEMENT_PSD2"
    ZTL = "ZTL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BankBankStatementFileFormatSupportItem | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
