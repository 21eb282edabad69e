from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.prediction_key import PredictionKey


T = TypeVar("T", bound="PredictionLine")


@_attrs_define
class PredictionLine:
    """
    Attributes:
        account (str | Unset): [read-only]
        amount (float | Unset): [read-only]
        vat_number (str | Unset): [read-only]
        vat_percentage (float | Unset): [read-only]
        project (str | Unset): [read-only]
        department (str | Unset): [read-only]
        key (PredictionKey | Unset):
    """

    account: str | Unset = UNSET
    amount: float | Unset = UNSET
    vat_number: str | Unset = UNSET
    vat_percentage: float | Unset = UNSET
    project: str | Unset = UNSET
    department: str | Unset = UNSET
    key: PredictionKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        account = self.account

        amount = self.amount

        vat_number = self.vat_number

        vat_percentage = self.vat_percentage

        project = self.project

        department = self.department

        key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET and not _in_request:
            field_dict["account"] = account
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if vat_number is not UNSET and not _in_request:
            field_dict["vatNumber"] = vat_number
        if vat_percentage is not UNSET and not _in_request:
            field_dict["vatPercentage"] = vat_percentage
        if project is not UNSET and not _in_request:
            field_dict["project"] = project
        if department is not UNSET and not _in_request:
            field_dict["department"] = department
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.prediction_key import PredictionKey  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        account = d.pop("account", UNSET)

        amount = d.pop("amount", UNSET)

        vat_number = d.pop("vatNumber", UNSET)

        vat_percentage = d.pop("vatPercentage", UNSET)

        project = d.pop("project", UNSET)

        department = d.pop("department", UNSET)

        _key = d.pop("key", UNSET)
        key: PredictionKey | Unset
        if isinstance(_key, Unset):
            key = UNSET
        else:
            key = PredictionKey.from_dict(_key)

        _obj = cls(
            account=account,
            amount=amount,
            vat_number=vat_number,
            vat_percentage=vat_percentage,
            project=project,
            department=department,
            key=key,
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
