from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.currency_payments_sum import CurrencyPaymentsSum
    from ..models.payment import Payment


T = TypeVar("T", bound="ApproveResponse")


@_attrs_define
class ApproveResponse(Model):
    """
    Attributes:
        redirect_url (str | Unset): The redirect URL to AutoPay 2FA or ZTL SCA after payments are sent to be approved
        to_be_approved (list[Payment] | Unset): List of payments that will be sent to AutoPay approval/ZTL
        not_approved (list[Payment] | Unset): List of payments that won't be sent to AutoPay approval/ZTL
        exchange_rate_expiration (str | Unset): Expiration for given exchangeRate/quote. Only shown for international
            transactions. Example: 2022-08-05T13:13:59.633957965+02:00
        exchange_rate_sums (list[CurrencyPaymentsSum] | Unset): Sum of all to be approved payments by currencies
        locked_exchange_rate_sums (list[CurrencyPaymentsSum] | Unset): Sum of all to be approved payments with locked
            exchange rates by currencies
        non_exchange_rate_sums (list[CurrencyPaymentsSum] | Unset): Sum of all to be approved payments without exchange
            rates by currencies
    """

    redirect_url: str | Unset = UNSET
    to_be_approved: list[Payment] | Unset = UNSET
    not_approved: list[Payment] | Unset = UNSET
    exchange_rate_expiration: str | Unset = UNSET
    exchange_rate_sums: list[CurrencyPaymentsSum] | Unset = UNSET
    locked_exchange_rate_sums: list[CurrencyPaymentsSum] | Unset = UNSET
    non_exchange_rate_sums: list[CurrencyPaymentsSum] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.redirect_url
        if _v is not UNSET and not _in_request:
            field_dict["redirectUrl"] = _v
        _v = self.to_be_approved
        if _v is not UNSET and not _in_request:
            field_dict["toBeApproved"] = [_e.to_dict() for _e in _v]
        _v = self.not_approved
        if _v is not UNSET and not _in_request:
            field_dict["notApproved"] = [_e.to_dict() for _e in _v]
        _v = self.exchange_rate_expiration
        if _v is not UNSET and not _in_request:
            field_dict["exchangeRateExpiration"] = _v
        _v = self.exchange_rate_sums
        if _v is not UNSET and not _in_request:
            field_dict["exchangeRateSums"] = [_e.to_dict() for _e in _v]
        _v = self.locked_exchange_rate_sums
        if _v is not UNSET and not _in_request:
            field_dict["lockedExchangeRateSums"] = [_e.to_dict() for _e in _v]
        _v = self.non_exchange_rate_sums
        if _v is not UNSET and not _in_request:
            field_dict["nonExchangeRateSums"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ApproveResponse from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ApproveResponse.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.currency_payments_sum import CurrencyPaymentsSum  # noqa: PLC0415
        from ..models.payment import Payment  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "redirectUrl",
                "toBeApproved",
                "notApproved",
                "exchangeRateExpiration",
                "exchangeRateSums",
                "lockedExchangeRateSums",
                "nonExchangeRateSums",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("redirectUrl")
                if v is None:
                    o.redirect_url = u
                    if "redirectUrl" not in d:
                        m += 1
                else:
                    o.redirect_url = v
                k = "toBeApproved"
                v = g("toBeApproved")
                if v is None:
                    o.to_be_approved = u
                    if "toBeApproved" not in d:
                        m += 1
                else:
                    o.to_be_approved = (
                        ([Payment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "notApproved"
                v = g("notApproved")
                if v is None:
                    o.not_approved = u
                    if "notApproved" not in d:
                        m += 1
                else:
                    o.not_approved = (
                        ([Payment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("exchangeRateExpiration")
                if v is None:
                    o.exchange_rate_expiration = u
                    if "exchangeRateExpiration" not in d:
                        m += 1
                else:
                    o.exchange_rate_expiration = v
                k = "exchangeRateSums"
                v = g("exchangeRateSums")
                if v is None:
                    o.exchange_rate_sums = u
                    if "exchangeRateSums" not in d:
                        m += 1
                else:
                    o.exchange_rate_sums = (
                        ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "lockedExchangeRateSums"
                v = g("lockedExchangeRateSums")
                if v is None:
                    o.locked_exchange_rate_sums = u
                    if "lockedExchangeRateSums" not in d:
                        m += 1
                else:
                    o.locked_exchange_rate_sums = (
                        ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "nonExchangeRateSums"
                v = g("nonExchangeRateSums")
                if v is None:
                    o.non_exchange_rate_sums = u
                    if "nonExchangeRateSums" not in d:
                        m += 1
                else:
                    o.non_exchange_rate_sums = (
                        ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("redirect_url", "redirectUrl"),
            ("to_be_approved", "toBeApproved"),
            ("not_approved", "notApproved"),
            ("exchange_rate_expiration", "exchangeRateExpiration"),
            ("exchange_rate_sums", "exchangeRateSums"),
            ("locked_exchange_rate_sums", "lockedExchangeRateSums"),
            ("non_exchange_rate_sums", "nonExchangeRateSums"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.redirect_url
            o.redirect_url = u if v is None else v
            v = s.to_be_approved
            o.to_be_approved = (
                u
                if v is None or v is u
                else ([Payment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.not_approved
            o.not_approved = (
                u
                if v is None or v is u
                else ([Payment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.exchange_rate_expiration
            o.exchange_rate_expiration = u if v is None else v
            v = s.exchange_rate_sums
            o.exchange_rate_sums = (
                u
                if v is None or v is u
                else ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.locked_exchange_rate_sums
            o.locked_exchange_rate_sums = (
                u
                if v is None or v is u
                else ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.non_exchange_rate_sums
            o.non_exchange_rate_sums = (
                u
                if v is None or v is u
                else ([CurrencyPaymentsSum._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
