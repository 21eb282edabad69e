from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.salary_v2_supplement import SalaryV2Supplement


T = TypeVar("T", bound="WageSpecificationTemplate")


@_attrs_define
class WageSpecificationTemplate:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        description (str | Unset):
        wage_code_id (int | Unset):
        start_date (str | Unset): StarDate
        end_date (str | Unset): EndDate
        type_ (int | Unset):
        amount (float | Unset):
        percentage (float | Unset):
        max_payment_amount (float | Unset):
        wage_specification_extra (SalaryV2Supplement | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    description: str | Unset = UNSET
    wage_code_id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    type_: int | Unset = UNSET
    amount: float | Unset = UNSET
    percentage: float | Unset = UNSET
    max_payment_amount: float | Unset = UNSET
    wage_specification_extra: SalaryV2Supplement | Unset = UNSET
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

        description = self.description

        wage_code_id = self.wage_code_id

        start_date = self.start_date

        end_date = self.end_date

        type_ = self.type_

        amount = self.amount

        percentage = self.percentage

        max_payment_amount = self.max_payment_amount

        wage_specification_extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wage_specification_extra, Unset):
            wage_specification_extra = self.wage_specification_extra.to_dict()

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
        if wage_code_id is not UNSET:
            field_dict["wageCodeId"] = wage_code_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if max_payment_amount is not UNSET:
            field_dict["maxPaymentAmount"] = max_payment_amount
        if wage_specification_extra is not UNSET:
            field_dict["wageSpecificationExtra"] = wage_specification_extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.salary_v2_supplement import SalaryV2Supplement  # noqa: PLC0415

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

        description = d.pop("description", UNSET)

        wage_code_id = d.pop("wageCodeId", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        type_ = d.pop("type", UNSET)

        amount = d.pop("amount", UNSET)

        percentage = d.pop("percentage", UNSET)

        max_payment_amount = d.pop("maxPaymentAmount", UNSET)

        _wage_specification_extra = d.pop("wageSpecificationExtra", UNSET)
        wage_specification_extra: SalaryV2Supplement | Unset
        if isinstance(_wage_specification_extra, Unset):
            wage_specification_extra = UNSET
        else:
            wage_specification_extra = SalaryV2Supplement.from_dict(_wage_specification_extra)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            description=description,
            wage_code_id=wage_code_id,
            start_date=start_date,
            end_date=end_date,
            type_=type_,
            amount=amount,
            percentage=percentage,
            max_payment_amount=max_payment_amount,
            wage_specification_extra=wage_specification_extra,
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
