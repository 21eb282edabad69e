from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deviation_action import DeviationAction
from ..models.deviation_cause import DeviationCause
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
    from ..models.purchase_orderline import PurchaseOrderline


T = TypeVar("T", bound="Deviation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("purchaseOrderLine", dict, False),
    ("cause", str, False),
    ("action", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Deviation(LazyModel):
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
        """A Deviation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.purchase_orderline import PurchaseOrderline  # noqa: PLC0415

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

        def _p_purchase_order_line(_tx_v: Any) -> PurchaseOrderline | Unset:
            _purchase_order_line = _tx_v
            purchase_order_line: PurchaseOrderline | Unset
            if isinstance(_purchase_order_line, Unset):
                purchase_order_line = UNSET
            else:
                purchase_order_line = PurchaseOrderline._tx_from_json(_purchase_order_line)

            return purchase_order_line

        def _p_cause(_tx_v: Any) -> DeviationCause | Unset:
            _cause = _tx_v
            cause: DeviationCause | Unset
            if isinstance(_cause, Unset):
                cause = UNSET
            else:
                cause = DeviationCause(_cause)

            return cause

        def _p_action(_tx_v: Any) -> DeviationAction | Unset:
            _action = _tx_v
            action: DeviationAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = DeviationAction(_action)

            return action

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "purchaseOrderLine",
                "date",
                "cause",
                "action",
                "comment",
                "receivedBy",
                "quantityOrdered",
                "quantityReceived",
                "deviation",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "purchase_order_line": ("purchaseOrderLine", _p_purchase_order_line),
            "date": ("date", None),
            "cause": ("cause", _p_cause),
            "action": ("action", _p_action),
            "comment": ("comment", None),
            "received_by": ("receivedBy", None),
            "quantity_ordered": ("quantityOrdered", None),
            "quantity_received": ("quantityReceived", None),
            "deviation": ("deviation", None),
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
