from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.goods_receipt_status import GoodsReceiptStatus
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
    from ..models.employee import Employee
    from ..models.goods_receipt_line import GoodsReceiptLine
    from ..models.purchase_order import PurchaseOrder


T = TypeVar("T", bound="GoodsReceipt")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("purchaseOrder", dict, False),
    ("receivedBy", dict, False),
    ("status", str, False),
    ("goodsReceiptLines", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class GoodsReceipt(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        purchase_order (PurchaseOrder | Unset): The purchase order to attach the orderline.
        registration_date (str | Unset):
        received_by (Employee | Unset):
        status (GoodsReceiptStatus | Unset): [read-only]
        comment (str | Unset):
        goods_receipt_lines (list[GoodsReceiptLine] | Unset): Purchase Order lines tied to the goods receipt
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    purchase_order: PurchaseOrder | Unset = UNSET
    registration_date: str | Unset = UNSET
    received_by: Employee | Unset = UNSET
    status: GoodsReceiptStatus | Unset = UNSET
    comment: str | Unset = UNSET
    goods_receipt_lines: list[GoodsReceiptLine] | Unset = UNSET
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

        purchase_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_order, Unset):
            purchase_order = self.purchase_order.to_dict()

        registration_date = self.registration_date

        received_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.received_by, Unset):
            received_by = self.received_by.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        comment = self.comment

        goods_receipt_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_receipt_lines, Unset):
            goods_receipt_lines = []
            for goods_receipt_lines_item_data in self.goods_receipt_lines:
                goods_receipt_lines_item = goods_receipt_lines_item_data.to_dict()
                goods_receipt_lines.append(goods_receipt_lines_item)

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
        if purchase_order is not UNSET:
            field_dict["purchaseOrder"] = purchase_order
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date
        if received_by is not UNSET:
            field_dict["receivedBy"] = received_by
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if comment is not UNSET:
            field_dict["comment"] = comment
        if goods_receipt_lines is not UNSET:
            field_dict["goodsReceiptLines"] = goods_receipt_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GoodsReceipt from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.goods_receipt_line import GoodsReceiptLine  # noqa: PLC0415
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415

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

        def _p_purchase_order(_tx_v: Any) -> PurchaseOrder | Unset:
            _purchase_order = _tx_v
            purchase_order: PurchaseOrder | Unset
            if isinstance(_purchase_order, Unset):
                purchase_order = UNSET
            else:
                purchase_order = PurchaseOrder._tx_from_json(_purchase_order)

            return purchase_order

        def _p_received_by(_tx_v: Any) -> Employee | Unset:
            _received_by = _tx_v
            received_by: Employee | Unset
            if isinstance(_received_by, Unset):
                received_by = UNSET
            else:
                received_by = Employee._tx_from_json(_received_by)

            return received_by

        def _p_status(_tx_v: Any) -> GoodsReceiptStatus | Unset:
            _status = _tx_v
            status: GoodsReceiptStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = GoodsReceiptStatus(_status)

            return status

        def _p_goods_receipt_lines(_tx_v: Any) -> list[GoodsReceiptLine] | Unset:
            _goods_receipt_lines = _tx_v
            goods_receipt_lines: list[GoodsReceiptLine] | Unset = UNSET
            if _goods_receipt_lines is not UNSET:
                goods_receipt_lines = []
                for goods_receipt_lines_item_data in _goods_receipt_lines:
                    if goods_receipt_lines_item_data is None:
                        continue
                    goods_receipt_lines_item = GoodsReceiptLine._tx_from_json(goods_receipt_lines_item_data)

                    goods_receipt_lines.append(goods_receipt_lines_item)

            return goods_receipt_lines

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "purchaseOrder",
                "registrationDate",
                "receivedBy",
                "status",
                "comment",
                "goodsReceiptLines",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "purchase_order": ("purchaseOrder", _p_purchase_order),
            "registration_date": ("registrationDate", None),
            "received_by": ("receivedBy", _p_received_by),
            "status": ("status", _p_status),
            "comment": ("comment", None),
            "goods_receipt_lines": ("goodsReceiptLines", _p_goods_receipt_lines),
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
