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


T = TypeVar("T", bound="BankReconciliationPaymentType")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("debitAccount", dict, False),
    ("creditAccount", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankReconciliationPaymentType(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        description (str | Unset): [read-only] Description
        debit_account (Account | Unset):
        credit_account (Account | Unset):
        is_inactive (bool | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    description: str | Unset = UNSET
    debit_account: Account | Unset = UNSET
    credit_account: Account | Unset = UNSET
    is_inactive: bool | Unset = UNSET
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

        debit_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debit_account, Unset):
            debit_account = self.debit_account.to_dict()

        credit_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_account, Unset):
            credit_account = self.credit_account.to_dict()

        is_inactive = self.is_inactive

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
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if debit_account is not UNSET:
            field_dict["debitAccount"] = debit_account
        if credit_account is not UNSET:
            field_dict["creditAccount"] = credit_account
        if is_inactive is not UNSET and not _in_request:
            field_dict["isInactive"] = is_inactive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankReconciliationPaymentType from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

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

        def _p_debit_account(_tx_v: Any) -> Account | Unset:
            _debit_account = _tx_v
            debit_account: Account | Unset
            if isinstance(_debit_account, Unset):
                debit_account = UNSET
            else:
                debit_account = Account._tx_from_json(_debit_account)

            return debit_account

        def _p_credit_account(_tx_v: Any) -> Account | Unset:
            _credit_account = _tx_v
            credit_account: Account | Unset
            if isinstance(_credit_account, Unset):
                credit_account = UNSET
            else:
                credit_account = Account._tx_from_json(_credit_account)

            return credit_account

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "description",
                "debitAccount",
                "creditAccount",
                "isInactive",
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
            "debit_account": ("debitAccount", _p_debit_account),
            "credit_account": ("creditAccount", _p_credit_account),
            "is_inactive": ("isInactive", None),
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
