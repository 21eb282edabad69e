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
    from ..models.agricultural_account import AgriculturalAccount
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="AgriculturalAccountOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("agriculturalAccounts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AgriculturalAccountOverview(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        agricultural_accounts (list[AgriculturalAccount] | Unset):
        show_missing_department_warning (bool | Unset): [read-only]
        show_duplicate_department_warning (bool | Unset): [read-only]
        show_not_linked_department_warning (bool | Unset): [read-only]
        use_multiple_accounts (bool | Unset): [read-only]
        transferred_from_agricultural_account_accounting (float | Unset): [read-only]
        transferred_from_agricultural_account_in_agricultural_account (float | Unset): [read-only]
        registered_accounting (float | Unset): [read-only]
        registered_in_agricultural_account (float | Unset): [read-only]
        deducted_accounting (float | Unset): [read-only]
        deducted_in_agricultural_account (float | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        agricultural_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agricultural_accounts, Unset):
            agricultural_accounts = []
            for agricultural_accounts_item_data in self.agricultural_accounts:
                agricultural_accounts_item = agricultural_accounts_item_data.to_dict()
                agricultural_accounts.append(agricultural_accounts_item)

        show_missing_department_warning = self.show_missing_department_warning

        show_duplicate_department_warning = self.show_duplicate_department_warning

        show_not_linked_department_warning = self.show_not_linked_department_warning

        use_multiple_accounts = self.use_multiple_accounts

        transferred_from_agricultural_account_accounting = self.transferred_from_agricultural_account_accounting

        transferred_from_agricultural_account_in_agricultural_account = (
            self.transferred_from_agricultural_account_in_agricultural_account
        )

        registered_accounting = self.registered_accounting

        registered_in_agricultural_account = self.registered_in_agricultural_account

        deducted_accounting = self.deducted_accounting

        deducted_in_agricultural_account = self.deducted_in_agricultural_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if agricultural_accounts is not UNSET:
            field_dict["agriculturalAccounts"] = agricultural_accounts
        if show_missing_department_warning is not UNSET and not _in_request:
            field_dict["showMissingDepartmentWarning"] = show_missing_department_warning
        if show_duplicate_department_warning is not UNSET and not _in_request:
            field_dict["showDuplicateDepartmentWarning"] = show_duplicate_department_warning
        if show_not_linked_department_warning is not UNSET and not _in_request:
            field_dict["showNotLinkedDepartmentWarning"] = show_not_linked_department_warning
        if use_multiple_accounts is not UNSET and not _in_request:
            field_dict["useMultipleAccounts"] = use_multiple_accounts
        if transferred_from_agricultural_account_accounting is not UNSET and not _in_request:
            field_dict["transferredFromAgriculturalAccountAccounting"] = (
                transferred_from_agricultural_account_accounting
            )
        if transferred_from_agricultural_account_in_agricultural_account is not UNSET and not _in_request:
            field_dict["transferredFromAgriculturalAccountInAgriculturalAccount"] = (
                transferred_from_agricultural_account_in_agricultural_account
            )
        if registered_accounting is not UNSET and not _in_request:
            field_dict["registeredAccounting"] = registered_accounting
        if registered_in_agricultural_account is not UNSET and not _in_request:
            field_dict["registeredInAgriculturalAccount"] = registered_in_agricultural_account
        if deducted_accounting is not UNSET and not _in_request:
            field_dict["deductedAccounting"] = deducted_accounting
        if deducted_in_agricultural_account is not UNSET and not _in_request:
            field_dict["deductedInAgriculturalAccount"] = deducted_in_agricultural_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AgriculturalAccountOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.agricultural_account import AgriculturalAccount  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_agricultural_accounts(_tx_v: Any) -> list[AgriculturalAccount] | Unset:
            _agricultural_accounts = _tx_v
            agricultural_accounts: list[AgriculturalAccount] | Unset = UNSET
            if _agricultural_accounts is not UNSET:
                agricultural_accounts = []
                for agricultural_accounts_item_data in _agricultural_accounts:
                    if agricultural_accounts_item_data is None:
                        continue
                    agricultural_accounts_item = AgriculturalAccount._tx_from_json(agricultural_accounts_item_data)

                    agricultural_accounts.append(agricultural_accounts_item)

            return agricultural_accounts

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "agricultural_accounts": ("agriculturalAccounts", _p_agricultural_accounts),
            "show_missing_department_warning": ("showMissingDepartmentWarning", None),
            "show_duplicate_department_warning": ("showDuplicateDepartmentWarning", None),
            "show_not_linked_department_warning": ("showNotLinkedDepartmentWarning", None),
            "use_multiple_accounts": ("useMultipleAccounts", None),
            "transferred_from_agricultural_account_accounting": ("transferredFromAgriculturalAccountAccounting", None),
            "transferred_from_agricultural_account_in_agricultural_account": (
                "transferredFromAgriculturalAccountInAgriculturalAccount",
                None,
            ),
            "registered_accounting": ("registeredAccounting", None),
            "registered_in_agricultural_account": ("registeredInAgriculturalAccount", None),
            "deducted_accounting": ("deductedAccounting", None),
            "deducted_in_agricultural_account": ("deductedInAgriculturalAccount", None),
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
