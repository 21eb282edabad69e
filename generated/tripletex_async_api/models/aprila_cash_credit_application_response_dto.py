from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aprila_cash_credit_application_response_dto_status import AprilaCashCreditApplicationResponseDTOStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="AprilaCashCreditApplicationResponseDTO")


@_attrs_define
class AprilaCashCreditApplicationResponseDTO(Model):
    """
    Attributes:
        sign_up_url (str | Unset):
        status (AprilaCashCreditApplicationResponseDTOStatus | Unset):
        status_reason (str | Unset):
        active_product (bool | Unset):
        submitted_application (bool | Unset):
        max_credit_limit_amount (float | Unset):
        max_credit_limit_currency (str | Unset):
        annual_interest_rate (float | Unset):
        monthly_interest_rate (float | Unset):
        monthly_fee_amount (float | Unset):
        monthly_fee_currency (str | Unset):
    """

    sign_up_url: str | Unset = UNSET
    status: AprilaCashCreditApplicationResponseDTOStatus | Unset = UNSET
    status_reason: str | Unset = UNSET
    active_product: bool | Unset = UNSET
    submitted_application: bool | Unset = UNSET
    max_credit_limit_amount: float | Unset = UNSET
    max_credit_limit_currency: str | Unset = UNSET
    annual_interest_rate: float | Unset = UNSET
    monthly_interest_rate: float | Unset = UNSET
    monthly_fee_amount: float | Unset = UNSET
    monthly_fee_currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.sign_up_url
        if _v is not UNSET and not _in_request:
            field_dict["signUpUrl"] = _v
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.status_reason
        if _v is not UNSET and not _in_request:
            field_dict["statusReason"] = _v
        _v = self.active_product
        if _v is not UNSET and not _in_request:
            field_dict["activeProduct"] = _v
        _v = self.submitted_application
        if _v is not UNSET and not _in_request:
            field_dict["submittedApplication"] = _v
        _v = self.max_credit_limit_amount
        if _v is not UNSET and not _in_request:
            field_dict["maxCreditLimitAmount"] = _v
        _v = self.max_credit_limit_currency
        if _v is not UNSET and not _in_request:
            field_dict["maxCreditLimitCurrency"] = _v
        _v = self.annual_interest_rate
        if _v is not UNSET and not _in_request:
            field_dict["annualInterestRate"] = _v
        _v = self.monthly_interest_rate
        if _v is not UNSET and not _in_request:
            field_dict["monthlyInterestRate"] = _v
        _v = self.monthly_fee_amount
        if _v is not UNSET and not _in_request:
            field_dict["monthlyFeeAmount"] = _v
        _v = self.monthly_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["monthlyFeeCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AprilaCashCreditApplicationResponseDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AprilaCashCreditApplicationResponseDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(AprilaCashCreditApplicationResponseDTOStatus)
        _known: frozenset[str] = frozenset(
            (
                "signUpUrl",
                "status",
                "statusReason",
                "activeProduct",
                "submittedApplication",
                "maxCreditLimitAmount",
                "maxCreditLimitCurrency",
                "annualInterestRate",
                "monthlyInterestRate",
                "monthlyFeeAmount",
                "monthlyFeeCurrency",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "signUpUrl": "sign_up_url",
            "statusReason": "status_reason",
            "activeProduct": "active_product",
            "submittedApplication": "submitted_application",
            "maxCreditLimitAmount": "max_credit_limit_amount",
            "maxCreditLimitCurrency": "max_credit_limit_currency",
            "annualInterestRate": "annual_interest_rate",
            "monthlyInterestRate": "monthly_interest_rate",
            "monthlyFeeAmount": "monthly_fee_amount",
            "monthlyFeeCurrency": "monthly_fee_currency",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.sign_up_url = o.status = o.status_reason = o.active_product = o.submitted_application = (
                        o.max_credit_limit_amount
                    ) = o.max_credit_limit_currency = o.annual_interest_rate = o.monthly_interest_rate = (
                        o.monthly_fee_amount
                    ) = o.monthly_fee_currency = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("signUpUrl")
                if v is None:
                    o.sign_up_url = u
                    if "signUpUrl" not in d:
                        m += 1
                else:
                    o.sign_up_url = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = (
                        e_
                        if (e_ := _e_status.get(v)) is not None
                        else enum_value(AprilaCashCreditApplicationResponseDTOStatus, v)
                    )
                v = g("statusReason")
                if v is None:
                    o.status_reason = u
                    if "statusReason" not in d:
                        m += 1
                else:
                    o.status_reason = v
                v = g("activeProduct")
                if v is None:
                    o.active_product = u
                    if "activeProduct" not in d:
                        m += 1
                else:
                    o.active_product = v
                v = g("submittedApplication")
                if v is None:
                    o.submitted_application = u
                    if "submittedApplication" not in d:
                        m += 1
                else:
                    o.submitted_application = v
                v = g("maxCreditLimitAmount")
                if v is None:
                    o.max_credit_limit_amount = u
                    if "maxCreditLimitAmount" not in d:
                        m += 1
                else:
                    o.max_credit_limit_amount = v
                v = g("maxCreditLimitCurrency")
                if v is None:
                    o.max_credit_limit_currency = u
                    if "maxCreditLimitCurrency" not in d:
                        m += 1
                else:
                    o.max_credit_limit_currency = v
                v = g("annualInterestRate")
                if v is None:
                    o.annual_interest_rate = u
                    if "annualInterestRate" not in d:
                        m += 1
                else:
                    o.annual_interest_rate = v
                v = g("monthlyInterestRate")
                if v is None:
                    o.monthly_interest_rate = u
                    if "monthlyInterestRate" not in d:
                        m += 1
                else:
                    o.monthly_interest_rate = v
                v = g("monthlyFeeAmount")
                if v is None:
                    o.monthly_fee_amount = u
                    if "monthlyFeeAmount" not in d:
                        m += 1
                else:
                    o.monthly_fee_amount = v
                v = g("monthlyFeeCurrency")
                if v is None:
                    o.monthly_fee_currency = u
                    if "monthlyFeeCurrency" not in d:
                        m += 1
                else:
                    o.monthly_fee_currency = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("sign_up_url", "signUpUrl"),
            ("status", "status"),
            ("status_reason", "statusReason"),
            ("active_product", "activeProduct"),
            ("submitted_application", "submittedApplication"),
            ("max_credit_limit_amount", "maxCreditLimitAmount"),
            ("max_credit_limit_currency", "maxCreditLimitCurrency"),
            ("annual_interest_rate", "annualInterestRate"),
            ("monthly_interest_rate", "monthlyInterestRate"),
            ("monthly_fee_amount", "monthlyFeeAmount"),
            ("monthly_fee_currency", "monthlyFeeCurrency"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.sign_up_url
            o.sign_up_url = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(AprilaCashCreditApplicationResponseDTOStatus, v)
            )
            v = s.status_reason
            o.status_reason = u if v is None else v
            v = s.active_product
            o.active_product = u if v is None else v
            v = s.submitted_application
            o.submitted_application = u if v is None else v
            v = s.max_credit_limit_amount
            o.max_credit_limit_amount = u if v is None else v
            v = s.max_credit_limit_currency
            o.max_credit_limit_currency = u if v is None else v
            v = s.annual_interest_rate
            o.annual_interest_rate = u if v is None else v
            v = s.monthly_interest_rate
            o.monthly_interest_rate = u if v is None else v
            v = s.monthly_fee_amount
            o.monthly_fee_amount = u if v is None else v
            v = s.monthly_fee_currency
            o.monthly_fee_currency = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
