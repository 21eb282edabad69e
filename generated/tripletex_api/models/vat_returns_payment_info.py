from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.vat_returns_2022 import VatReturns2022


T = TypeVar("T", bound="VatReturnsPaymentInfo")


@_attrs_define
class VatReturnsPaymentInfo:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        vat_returns (VatReturns2022 | Unset):
        kid (str | Unset): The KID number from Skatteetaten
        account (str | Unset): The bank account number of Skatteetaten
        amount (float | Unset): Amount to pay or receive
        due_date (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    vat_returns: VatReturns2022 | Unset = UNSET
    kid: str | Unset = UNSET
    account: str | Unset = UNSET
    amount: float | Unset = UNSET
    due_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        vat_returns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_returns, Unset):
            vat_returns = self.vat_returns.to_dict()

        kid = self.kid

        account = self.account

        amount = self.amount

        due_date = self.due_date

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
        if vat_returns is not UNSET:
            field_dict["vatReturns"] = vat_returns
        if kid is not UNSET:
            field_dict["kid"] = kid
        if account is not UNSET:
            field_dict["account"] = account
        if amount is not UNSET:
            field_dict["amount"] = amount
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.vat_returns_2022 import VatReturns2022  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _vat_returns = d.pop("vatReturns", UNSET)
        vat_returns: VatReturns2022 | Unset
        if isinstance(_vat_returns, Unset):
            vat_returns = UNSET
        else:
            vat_returns = VatReturns2022.from_dict(_vat_returns)

        kid = d.pop("kid", UNSET)

        account = d.pop("account", UNSET)

        amount = d.pop("amount", UNSET)

        due_date = d.pop("dueDate", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            vat_returns=vat_returns,
            kid=kid,
            account=account,
            amount=amount,
            due_date=due_date,
        )

        _obj.additional_properties = d
        return _obj

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
