from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deviation_action import DeviationAction
from ..models.deviation_cause import DeviationCause
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.purchase_orderline import PurchaseOrderline


T = TypeVar("T", bound="Deviation")


@_attrs_define
class Deviation:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        purchase_order_line (PurchaseOrderline | Unset):
        date (str | Unset):
        cause (DeviationCause | Unset):
        action (DeviationAction | Unset):
        comment (str | Unset):
        received_by (str | Unset): [read-only]
        quantity_ordered (float | Unset): [read-only]
        quantity_received (float | Unset): [read-only]
        deviation (float | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    purchase_order_line: PurchaseOrderline | Unset = UNSET
    date: str | Unset = UNSET
    cause: DeviationCause | Unset = UNSET
    action: DeviationAction | Unset = UNSET
    comment: str | Unset = UNSET
    received_by: str | Unset = UNSET
    quantity_ordered: float | Unset = UNSET
    quantity_received: float | Unset = UNSET
    deviation: float | Unset = UNSET
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

        purchase_order_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_order_line, Unset):
            purchase_order_line = self.purchase_order_line.to_dict()

        date = self.date

        cause: str | Unset = UNSET
        if not isinstance(self.cause, Unset):
            cause = self.cause.value

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        comment = self.comment

        received_by = self.received_by

        quantity_ordered = self.quantity_ordered

        quantity_received = self.quantity_received

        deviation = self.deviation

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
        if purchase_order_line is not UNSET:
            field_dict["purchaseOrderLine"] = purchase_order_line
        if date is not UNSET:
            field_dict["date"] = date
        if cause is not UNSET:
            field_dict["cause"] = cause
        if action is not UNSET:
            field_dict["action"] = action
        if comment is not UNSET:
            field_dict["comment"] = comment
        if received_by is not UNSET and not _in_request:
            field_dict["receivedBy"] = received_by
        if quantity_ordered is not UNSET and not _in_request:
            field_dict["quantityOrdered"] = quantity_ordered
        if quantity_received is not UNSET and not _in_request:
            field_dict["quantityReceived"] = quantity_received
        if deviation is not UNSET and not _in_request:
            field_dict["deviation"] = deviation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.purchase_orderline import PurchaseOrderline  # noqa: PLC0415

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

        _purchase_order_line = d.pop("purchaseOrderLine", UNSET)
        purchase_order_line: PurchaseOrderline | Unset
        if isinstance(_purchase_order_line, Unset):
            purchase_order_line = UNSET
        else:
            purchase_order_line = PurchaseOrderline.from_dict(_purchase_order_line)

        date = d.pop("date", UNSET)

        _cause = d.pop("cause", UNSET)
        cause: DeviationCause | Unset
        if isinstance(_cause, Unset):
            cause = UNSET
        else:
            cause = DeviationCause(_cause)

        _action = d.pop("action", UNSET)
        action: DeviationAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = DeviationAction(_action)

        comment = d.pop("comment", UNSET)

        received_by = d.pop("receivedBy", UNSET)

        quantity_ordered = d.pop("quantityOrdered", UNSET)

        quantity_received = d.pop("quantityReceived", UNSET)

        deviation = d.pop("deviation", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            purchase_order_line=purchase_order_line,
            date=date,
            cause=cause,
            action=action,
            comment=comment,
            received_by=received_by,
            quantity_ordered=quantity_ordered,
            quantity_received=quantity_received,
            deviation=deviation,
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
