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
    from ..models.change import Change
    from ..models.salary_v2_supplement import SalaryV2Supplement


T = TypeVar("T", bound="WageSpecificationTemplate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("wageSpecificationExtra", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class WageSpecificationTemplate(LazyModel):
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
        """A WageSpecificationTemplate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.salary_v2_supplement import SalaryV2Supplement  # noqa: PLC0415

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

        def _p_wage_specification_extra(_tx_v: Any) -> SalaryV2Supplement | Unset:
            _wage_specification_extra = _tx_v
            wage_specification_extra: SalaryV2Supplement | Unset
            if isinstance(_wage_specification_extra, Unset):
                wage_specification_extra = UNSET
            else:
                wage_specification_extra = SalaryV2Supplement._tx_from_json(_wage_specification_extra)

            return wage_specification_extra

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "description",
                "wageCodeId",
                "startDate",
                "endDate",
                "type",
                "amount",
                "percentage",
                "maxPaymentAmount",
                "wageSpecificationExtra",
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
            "wage_code_id": ("wageCodeId", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "type_": ("type", None),
            "amount": ("amount", None),
            "percentage": ("percentage", None),
            "max_payment_amount": ("maxPaymentAmount", None),
            "wage_specification_extra": ("wageSpecificationExtra", _p_wage_specification_extra),
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
