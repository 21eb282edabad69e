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
    from ..models.account import Account
    from ..models.change import Change
    from ..models.vat_type import VatType


T = TypeVar("T", bound="TravelCostCategory")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("account", dict, False),
    ("vatType", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TravelCostCategory(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        description (str | Unset):
        account (Account | Unset):
        vat_type (VatType | Unset): The default vat type for this account.
        is_vat_locked (bool | Unset): [read-only]
        show_on_travel_expenses (bool | Unset): [read-only]
        show_on_employee_expenses (bool | Unset): [read-only]
        is_inactive (bool | Unset): [read-only]
        sequence (int | Unset): [read-only]
        display_name (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    description: str | Unset = UNSET
    account: Account | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    is_vat_locked: bool | Unset = UNSET
    show_on_travel_expenses: bool | Unset = UNSET
    show_on_employee_expenses: bool | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    sequence: int | Unset = UNSET
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        description = self.description

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        is_vat_locked = self.is_vat_locked

        show_on_travel_expenses = self.show_on_travel_expenses

        show_on_employee_expenses = self.show_on_employee_expenses

        is_inactive = self.is_inactive

        sequence = self.sequence

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if description is not UNSET:
            field_dict["description"] = description
        if account is not UNSET:
            field_dict["account"] = account
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if is_vat_locked is not UNSET and not _in_request:
            field_dict["isVatLocked"] = is_vat_locked
        if show_on_travel_expenses is not UNSET and not _in_request:
            field_dict["showOnTravelExpenses"] = show_on_travel_expenses
        if show_on_employee_expenses is not UNSET and not _in_request:
            field_dict["showOnEmployeeExpenses"] = show_on_employee_expenses
        if is_inactive is not UNSET and not _in_request:
            field_dict["isInactive"] = is_inactive
        if sequence is not UNSET and not _in_request:
            field_dict["sequence"] = sequence
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TravelCostCategory from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "description",
                "account",
                "vatType",
                "isVatLocked",
                "showOnTravelExpenses",
                "showOnEmployeeExpenses",
                "isInactive",
                "sequence",
                "displayName",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "description": ("description", None),
            "account": ("account", _p_account),
            "vat_type": ("vatType", _p_vat_type),
            "is_vat_locked": ("isVatLocked", None),
            "show_on_travel_expenses": ("showOnTravelExpenses", None),
            "show_on_employee_expenses": ("showOnEmployeeExpenses", None),
            "is_inactive": ("isInactive", None),
            "sequence": ("sequence", None),
            "display_name": ("displayName", None),
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
