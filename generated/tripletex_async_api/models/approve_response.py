from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.currency_payments_sum import CurrencyPaymentsSum
    from ..models.payment import Payment


T = TypeVar("T", bound="ApproveResponse")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("toBeApproved", list, False),
    ("notApproved", list, False),
    ("exchangeRateSums", list, False),
    ("lockedExchangeRateSums", list, False),
    ("nonExchangeRateSums", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ApproveResponse(LazyModel):
    """
    Attributes:
        redirect_url (str | Unset): [read-only] The redirect URL to AutoPay 2FA or ZTL SCA after payments are sent to be
            approved
        to_be_approved (list[Payment] | Unset): [read-only] List of payments that will be sent to AutoPay approval/ZTL
        not_approved (list[Payment] | Unset): [read-only] List of payments that won't be sent to AutoPay approval/ZTL
        exchange_rate_expiration (str | Unset): [read-only] Expiration for given exchangeRate/quote. Only shown for
            international transactions. Example: 2022-08-05T13:13:59.633957965+02:00
        exchange_rate_sums (list[CurrencyPaymentsSum] | Unset): [read-only] Sum of all to be approved payments by
            currencies
        locked_exchange_rate_sums (list[CurrencyPaymentsSum] | Unset): [read-only] Sum of all to be approved payments
            with locked exchange rates by currencies
        non_exchange_rate_sums (list[CurrencyPaymentsSum] | Unset): [read-only] Sum of all to be approved payments
            without exchange rates by currencies
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
        self._tx_load()
        _in_request = serializing_request_body()
        redirect_url = self.redirect_url

        to_be_approved: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to_be_approved, Unset):
            to_be_approved = []
            for to_be_approved_item_data in self.to_be_approved:
                to_be_approved_item = to_be_approved_item_data.to_dict()
                to_be_approved.append(to_be_approved_item)

        not_approved: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.not_approved, Unset):
            not_approved = []
            for not_approved_item_data in self.not_approved:
                not_approved_item = not_approved_item_data.to_dict()
                not_approved.append(not_approved_item)

        exchange_rate_expiration = self.exchange_rate_expiration

        exchange_rate_sums: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exchange_rate_sums, Unset):
            exchange_rate_sums = []
            for exchange_rate_sums_item_data in self.exchange_rate_sums:
                exchange_rate_sums_item = exchange_rate_sums_item_data.to_dict()
                exchange_rate_sums.append(exchange_rate_sums_item)

        locked_exchange_rate_sums: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locked_exchange_rate_sums, Unset):
            locked_exchange_rate_sums = []
            for locked_exchange_rate_sums_item_data in self.locked_exchange_rate_sums:
                locked_exchange_rate_sums_item = locked_exchange_rate_sums_item_data.to_dict()
                locked_exchange_rate_sums.append(locked_exchange_rate_sums_item)

        non_exchange_rate_sums: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.non_exchange_rate_sums, Unset):
            non_exchange_rate_sums = []
            for non_exchange_rate_sums_item_data in self.non_exchange_rate_sums:
                non_exchange_rate_sums_item = non_exchange_rate_sums_item_data.to_dict()
                non_exchange_rate_sums.append(non_exchange_rate_sums_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redirect_url is not UNSET and not _in_request:
            field_dict["redirectUrl"] = redirect_url
        if to_be_approved is not UNSET and not _in_request:
            field_dict["toBeApproved"] = to_be_approved
        if not_approved is not UNSET and not _in_request:
            field_dict["notApproved"] = not_approved
        if exchange_rate_expiration is not UNSET and not _in_request:
            field_dict["exchangeRateExpiration"] = exchange_rate_expiration
        if exchange_rate_sums is not UNSET and not _in_request:
            field_dict["exchangeRateSums"] = exchange_rate_sums
        if locked_exchange_rate_sums is not UNSET and not _in_request:
            field_dict["lockedExchangeRateSums"] = locked_exchange_rate_sums
        if non_exchange_rate_sums is not UNSET and not _in_request:
            field_dict["nonExchangeRateSums"] = non_exchange_rate_sums

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ApproveResponse from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.currency_payments_sum import CurrencyPaymentsSum  # noqa: PLC0415
        from ..models.payment import Payment  # noqa: PLC0415

        def _p_to_be_approved(_tx_v: Any) -> list[Payment] | Unset:
            _to_be_approved = _tx_v
            to_be_approved: list[Payment] | Unset = UNSET
            if _to_be_approved is not UNSET:
                to_be_approved = []
                for to_be_approved_item_data in _to_be_approved:
                    if to_be_approved_item_data is None:
                        continue
                    to_be_approved_item = Payment._tx_from_json(to_be_approved_item_data)

                    to_be_approved.append(to_be_approved_item)

            return to_be_approved

        def _p_not_approved(_tx_v: Any) -> list[Payment] | Unset:
            _not_approved = _tx_v
            not_approved: list[Payment] | Unset = UNSET
            if _not_approved is not UNSET:
                not_approved = []
                for not_approved_item_data in _not_approved:
                    if not_approved_item_data is None:
                        continue
                    not_approved_item = Payment._tx_from_json(not_approved_item_data)

                    not_approved.append(not_approved_item)

            return not_approved

        def _p_exchange_rate_sums(_tx_v: Any) -> list[CurrencyPaymentsSum] | Unset:
            _exchange_rate_sums = _tx_v
            exchange_rate_sums: list[CurrencyPaymentsSum] | Unset = UNSET
            if _exchange_rate_sums is not UNSET:
                exchange_rate_sums = []
                for exchange_rate_sums_item_data in _exchange_rate_sums:
                    if exchange_rate_sums_item_data is None:
                        continue
                    exchange_rate_sums_item = CurrencyPaymentsSum._tx_from_json(exchange_rate_sums_item_data)

                    exchange_rate_sums.append(exchange_rate_sums_item)

            return exchange_rate_sums

        def _p_locked_exchange_rate_sums(_tx_v: Any) -> list[CurrencyPaymentsSum] | Unset:
            _locked_exchange_rate_sums = _tx_v
            locked_exchange_rate_sums: list[CurrencyPaymentsSum] | Unset = UNSET
            if _locked_exchange_rate_sums is not UNSET:
                locked_exchange_rate_sums = []
                for locked_exchange_rate_sums_item_data in _locked_exchange_rate_sums:
                    if locked_exchange_rate_sums_item_data is None:
                        continue
                    locked_exchange_rate_sums_item = CurrencyPaymentsSum._tx_from_json(
                        locked_exchange_rate_sums_item_data
                    )

                    locked_exchange_rate_sums.append(locked_exchange_rate_sums_item)

            return locked_exchange_rate_sums

        def _p_non_exchange_rate_sums(_tx_v: Any) -> list[CurrencyPaymentsSum] | Unset:
            _non_exchange_rate_sums = _tx_v
            non_exchange_rate_sums: list[CurrencyPaymentsSum] | Unset = UNSET
            if _non_exchange_rate_sums is not UNSET:
                non_exchange_rate_sums = []
                for non_exchange_rate_sums_item_data in _non_exchange_rate_sums:
                    if non_exchange_rate_sums_item_data is None:
                        continue
                    non_exchange_rate_sums_item = CurrencyPaymentsSum._tx_from_json(non_exchange_rate_sums_item_data)

                    non_exchange_rate_sums.append(non_exchange_rate_sums_item)

            return non_exchange_rate_sums

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "redirect_url": ("redirectUrl", None),
            "to_be_approved": ("toBeApproved", _p_to_be_approved),
            "not_approved": ("notApproved", _p_not_approved),
            "exchange_rate_expiration": ("exchangeRateExpiration", None),
            "exchange_rate_sums": ("exchangeRateSums", _p_exchange_rate_sums),
            "locked_exchange_rate_sums": ("lockedExchangeRateSums", _p_locked_exchange_rate_sums),
            "non_exchange_rate_sums": ("nonExchangeRateSums", _p_non_exchange_rate_sums),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
