from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="BankIntegrationSwitch")


@_attrs_define
class BankIntegrationSwitch(Model):
    """
    Attributes:
        is_deactivate_module_disabled (bool | Unset):
        is_ongoing (bool | Unset):
        has_auto_pay_transactions (bool | Unset):
        show_paid_auto_pay_transactions (bool | Unset):
        show_fx_upsale_banner (bool | Unset):
        page (str | Unset):
    """

    is_deactivate_module_disabled: bool | Unset = UNSET
    is_ongoing: bool | Unset = UNSET
    has_auto_pay_transactions: bool | Unset = UNSET
    show_paid_auto_pay_transactions: bool | Unset = UNSET
    show_fx_upsale_banner: bool | Unset = UNSET
    page: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.is_deactivate_module_disabled
        if _v is not UNSET and not _in_request:
            field_dict["isDeactivateModuleDisabled"] = _v
        _v = self.is_ongoing
        if _v is not UNSET and not _in_request:
            field_dict["isOngoing"] = _v
        _v = self.has_auto_pay_transactions
        if _v is not UNSET and not _in_request:
            field_dict["hasAutoPayTransactions"] = _v
        _v = self.show_paid_auto_pay_transactions
        if _v is not UNSET and not _in_request:
            field_dict["showPaidAutoPayTransactions"] = _v
        _v = self.show_fx_upsale_banner
        if _v is not UNSET and not _in_request:
            field_dict["showFxUpsaleBanner"] = _v
        _v = self.page
        if _v is not UNSET:
            field_dict["page"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankIntegrationSwitch from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankIntegrationSwitch.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "isDeactivateModuleDisabled",
                "isOngoing",
                "hasAutoPayTransactions",
                "showPaidAutoPayTransactions",
                "showFxUpsaleBanner",
                "page",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("isDeactivateModuleDisabled")
                if v is None:
                    o.is_deactivate_module_disabled = u
                    if "isDeactivateModuleDisabled" not in d:
                        m += 1
                else:
                    o.is_deactivate_module_disabled = v
                v = g("isOngoing")
                if v is None:
                    o.is_ongoing = u
                    if "isOngoing" not in d:
                        m += 1
                else:
                    o.is_ongoing = v
                v = g("hasAutoPayTransactions")
                if v is None:
                    o.has_auto_pay_transactions = u
                    if "hasAutoPayTransactions" not in d:
                        m += 1
                else:
                    o.has_auto_pay_transactions = v
                v = g("showPaidAutoPayTransactions")
                if v is None:
                    o.show_paid_auto_pay_transactions = u
                    if "showPaidAutoPayTransactions" not in d:
                        m += 1
                else:
                    o.show_paid_auto_pay_transactions = v
                v = g("showFxUpsaleBanner")
                if v is None:
                    o.show_fx_upsale_banner = u
                    if "showFxUpsaleBanner" not in d:
                        m += 1
                else:
                    o.show_fx_upsale_banner = v
                v = g("page")
                if v is None:
                    o.page = u
                    if "page" not in d:
                        m += 1
                else:
                    o.page = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("is_deactivate_module_disabled", "isDeactivateModuleDisabled"),
            ("is_ongoing", "isOngoing"),
            ("has_auto_pay_transactions", "hasAutoPayTransactions"),
            ("show_paid_auto_pay_transactions", "showPaidAutoPayTransactions"),
            ("show_fx_upsale_banner", "showFxUpsaleBanner"),
            ("page", "page"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.is_deactivate_module_disabled
            o.is_deactivate_module_disabled = u if v is None else v
            v = s.is_ongoing
            o.is_ongoing = u if v is None else v
            v = s.has_auto_pay_transactions
            o.has_auto_pay_transactions = u if v is None else v
            v = s.show_paid_auto_pay_transactions
            o.show_paid_auto_pay_transactions = u if v is None else v
            v = s.show_fx_upsale_banner
            o.show_fx_upsale_banner = u if v is None else v
            v = s.page
            o.page = u if v is None else v
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
