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
    from ..models.agricultural_account import AgriculturalAccount
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="AgriculturalAccountOverview")


@_attrs_define
class AgriculturalAccountOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        agricultural_accounts (list[AgriculturalAccount] | Unset):
        show_missing_department_warning (bool | Unset):
        show_duplicate_department_warning (bool | Unset):
        show_not_linked_department_warning (bool | Unset):
        use_multiple_accounts (bool | Unset):
        transferred_from_agricultural_account_accounting (float | Unset):
        transferred_from_agricultural_account_in_agricultural_account (float | Unset):
        registered_accounting (float | Unset):
        registered_in_agricultural_account (float | Unset):
        deducted_accounting (float | Unset):
        deducted_in_agricultural_account (float | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    agricultural_accounts: list[AgriculturalAccount] | Unset = UNSET
    show_missing_department_warning: bool | Unset = UNSET
    show_duplicate_department_warning: bool | Unset = UNSET
    show_not_linked_department_warning: bool | Unset = UNSET
    use_multiple_accounts: bool | Unset = UNSET
    transferred_from_agricultural_account_accounting: float | Unset = UNSET
    transferred_from_agricultural_account_in_agricultural_account: float | Unset = UNSET
    registered_accounting: float | Unset = UNSET
    registered_in_agricultural_account: float | Unset = UNSET
    deducted_accounting: float | Unset = UNSET
    deducted_in_agricultural_account: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.agricultural_accounts
        if _v is not UNSET:
            field_dict["agriculturalAccounts"] = [_e.to_dict() for _e in _v]
        _v = self.show_missing_department_warning
        if _v is not UNSET and not _in_request:
            field_dict["showMissingDepartmentWarning"] = _v
        _v = self.show_duplicate_department_warning
        if _v is not UNSET and not _in_request:
            field_dict["showDuplicateDepartmentWarning"] = _v
        _v = self.show_not_linked_department_warning
        if _v is not UNSET and not _in_request:
            field_dict["showNotLinkedDepartmentWarning"] = _v
        _v = self.use_multiple_accounts
        if _v is not UNSET and not _in_request:
            field_dict["useMultipleAccounts"] = _v
        _v = self.transferred_from_agricultural_account_accounting
        if _v is not UNSET and not _in_request:
            field_dict["transferredFromAgriculturalAccountAccounting"] = _v
        _v = self.transferred_from_agricultural_account_in_agricultural_account
        if _v is not UNSET and not _in_request:
            field_dict["transferredFromAgriculturalAccountInAgriculturalAccount"] = _v
        _v = self.registered_accounting
        if _v is not UNSET and not _in_request:
            field_dict["registeredAccounting"] = _v
        _v = self.registered_in_agricultural_account
        if _v is not UNSET and not _in_request:
            field_dict["registeredInAgriculturalAccount"] = _v
        _v = self.deducted_accounting
        if _v is not UNSET and not _in_request:
            field_dict["deductedAccounting"] = _v
        _v = self.deducted_in_agricultural_account
        if _v is not UNSET and not _in_request:
            field_dict["deductedInAgriculturalAccount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AgriculturalAccountOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AgriculturalAccountOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.agricultural_account import AgriculturalAccount  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "agriculturalAccounts",
                "showMissingDepartmentWarning",
                "showDuplicateDepartmentWarning",
                "showNotLinkedDepartmentWarning",
                "useMultipleAccounts",
                "transferredFromAgriculturalAccountAccounting",
                "transferredFromAgriculturalAccountInAgriculturalAccount",
                "registeredAccounting",
                "registeredInAgriculturalAccount",
                "deductedAccounting",
                "deductedInAgriculturalAccount",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "showMissingDepartmentWarning": "show_missing_department_warning",
            "showDuplicateDepartmentWarning": "show_duplicate_department_warning",
            "showNotLinkedDepartmentWarning": "show_not_linked_department_warning",
            "useMultipleAccounts": "use_multiple_accounts",
            "transferredFromAgriculturalAccountAccounting": "transferred_from_agricultural_account_accounting",
            "transferredFromAgriculturalAccountInAgriculturalAccount": "transferred_from_agricultural_account_in_agricultural_account",
            "registeredAccounting": "registered_accounting",
            "registeredInAgriculturalAccount": "registered_in_agricultural_account",
            "deductedAccounting": "deducted_accounting",
            "deductedInAgriculturalAccount": "deducted_in_agricultural_account",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.agricultural_accounts = o.show_missing_department_warning = (
                        o.show_duplicate_department_warning
                    ) = o.show_not_linked_department_warning = o.use_multiple_accounts = (
                        o.transferred_from_agricultural_account_accounting
                    ) = o.transferred_from_agricultural_account_in_agricultural_account = o.registered_accounting = (
                        o.registered_in_agricultural_account
                    ) = o.deducted_accounting = o.deducted_in_agricultural_account = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                k = "agriculturalAccounts"
                v = g("agriculturalAccounts")
                if v is None:
                    o.agricultural_accounts = u
                    if "agriculturalAccounts" not in d:
                        m += 1
                else:
                    o.agricultural_accounts = (
                        ([AgriculturalAccount._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("showMissingDepartmentWarning")
                if v is None:
                    o.show_missing_department_warning = u
                    if "showMissingDepartmentWarning" not in d:
                        m += 1
                else:
                    o.show_missing_department_warning = v
                v = g("showDuplicateDepartmentWarning")
                if v is None:
                    o.show_duplicate_department_warning = u
                    if "showDuplicateDepartmentWarning" not in d:
                        m += 1
                else:
                    o.show_duplicate_department_warning = v
                v = g("showNotLinkedDepartmentWarning")
                if v is None:
                    o.show_not_linked_department_warning = u
                    if "showNotLinkedDepartmentWarning" not in d:
                        m += 1
                else:
                    o.show_not_linked_department_warning = v
                v = g("useMultipleAccounts")
                if v is None:
                    o.use_multiple_accounts = u
                    if "useMultipleAccounts" not in d:
                        m += 1
                else:
                    o.use_multiple_accounts = v
                v = g("transferredFromAgriculturalAccountAccounting")
                if v is None:
                    o.transferred_from_agricultural_account_accounting = u
                    if "transferredFromAgriculturalAccountAccounting" not in d:
                        m += 1
                else:
                    o.transferred_from_agricultural_account_accounting = v
                v = g("transferredFromAgriculturalAccountInAgriculturalAccount")
                if v is None:
                    o.transferred_from_agricultural_account_in_agricultural_account = u
                    if "transferredFromAgriculturalAccountInAgriculturalAccount" not in d:
                        m += 1
                else:
                    o.transferred_from_agricultural_account_in_agricultural_account = v
                v = g("registeredAccounting")
                if v is None:
                    o.registered_accounting = u
                    if "registeredAccounting" not in d:
                        m += 1
                else:
                    o.registered_accounting = v
                v = g("registeredInAgriculturalAccount")
                if v is None:
                    o.registered_in_agricultural_account = u
                    if "registeredInAgriculturalAccount" not in d:
                        m += 1
                else:
                    o.registered_in_agricultural_account = v
                v = g("deductedAccounting")
                if v is None:
                    o.deducted_accounting = u
                    if "deductedAccounting" not in d:
                        m += 1
                else:
                    o.deducted_accounting = v
                v = g("deductedInAgriculturalAccount")
                if v is None:
                    o.deducted_in_agricultural_account = u
                    if "deductedInAgriculturalAccount" not in d:
                        m += 1
                else:
                    o.deducted_in_agricultural_account = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("agricultural_accounts", "agriculturalAccounts"),
            ("show_missing_department_warning", "showMissingDepartmentWarning"),
            ("show_duplicate_department_warning", "showDuplicateDepartmentWarning"),
            ("show_not_linked_department_warning", "showNotLinkedDepartmentWarning"),
            ("use_multiple_accounts", "useMultipleAccounts"),
            ("transferred_from_agricultural_account_accounting", "transferredFromAgriculturalAccountAccounting"),
            (
                "transferred_from_agricultural_account_in_agricultural_account",
                "transferredFromAgriculturalAccountInAgriculturalAccount",
            ),
            ("registered_accounting", "registeredAccounting"),
            ("registered_in_agricultural_account", "registeredInAgriculturalAccount"),
            ("deducted_accounting", "deductedAccounting"),
            ("deducted_in_agricultural_account", "deductedInAgriculturalAccount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.agricultural_accounts
            o.agricultural_accounts = (
                u
                if v is None or v is u
                else ([AgriculturalAccount._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.show_missing_department_warning
            o.show_missing_department_warning = u if v is None else v
            v = s.show_duplicate_department_warning
            o.show_duplicate_department_warning = u if v is None else v
            v = s.show_not_linked_department_warning
            o.show_not_linked_department_warning = u if v is None else v
            v = s.use_multiple_accounts
            o.use_multiple_accounts = u if v is None else v
            v = s.transferred_from_agricultural_account_accounting
            o.transferred_from_agricultural_account_accounting = u if v is None else v
            v = s.transferred_from_agricultural_account_in_agricultural_account
            o.transferred_from_agricultural_account_in_agricultural_account = u if v is None else v
            v = s.registered_accounting
            o.registered_accounting = u if v is None else v
            v = s.registered_in_agricultural_account
            o.registered_in_agricultural_account = u if v is None else v
            v = s.deducted_accounting
            o.deducted_accounting = u if v is None else v
            v = s.deducted_in_agricultural_account
            o.deducted_in_agricultural_account = u if v is None else v
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
