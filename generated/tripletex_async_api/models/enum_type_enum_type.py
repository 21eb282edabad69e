from enum import StrEnum


class EnumTypeEnumType(StrEnum):
    ASSET_TYPE = "ASSET_TYPE"
    BUSINESS_ACTIVITY_TYPE = "BUSINESS_ACTIVITY_TYPE"
    CASH_REGISTER_SYSTEM = "CASH_REGISTER_SYSTEM"
    COMMERCIAL_PROPERTY_TYPE = "COMMERCIAL_PROPERTY_TYPE"
    COUNTRY_CODE = "COUNTRY_CODE"
    FINANCIAL_PRODUCT = "FINANCIAL_PRODUCT"
    PRICING_METHOD = "PRICING_METHOD"
    REAL_ESTATE_ASSOCIATION_OR_COOPERATIVE_DWELLING_OWNERSHIP_TYPE = (
        "REAL_ESTATE_ASSOCIATION_OR_COOPERATIVE_DWELLING_OWNERSHIP_TYPE"
    )
    REAL_ESTATE_DWELLING_TYPE = "REAL_ESTATE_DWELLING_TYPE"
    REAL_ESTATE_PRIMARY_SECONDARY_DWELLING_TYPE = "REAL_ESTATE_PRIMARY_SECONDARY_DWELLING_TYPE"
    REAL_ESTATE_TYPE = "REAL_ESTATE_TYPE"
    SHARE_CLASS = "SHARE_CLASS"
    STEP_TYPE = "STEP_TYPE"
    STOCK_TYPE = "STOCK_TYPE"
    TAXIMETER = "TAXIMETER"
    TAX_TRANSACTION_TYPE = "TAX_TRANSACTION_TYPE"
    TRANSACTION_TYPE = "TRANSACTION_TYPE"
    TYPE_OF_GOODS = "TYPE_OF_GOODS"
    VEHICLE_CATEGORY = "VEHICLE_CATEGORY"
    VEHICLE_TYPE = "VEHICLE_TYPE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EnumTypeEnumType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
