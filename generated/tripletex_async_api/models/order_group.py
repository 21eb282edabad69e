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
    from ..models.order import Order
    from ..models.order_line import OrderLine


T = TypeVar("T", bound="OrderGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("order", dict, False),
    ("orderLines", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class OrderGroup(LazyModel):
    """Order line groups

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        order (Order | Unset): Related orders. Only one order per invoice is supported at the moment.
        title (str | Unset):
        comment (str | Unset):
        sort_index (int | Unset): Defines the presentation order of the orderGroups. Does not need to be, and is often
            not continuous. Only applicable if parent order has orderLineSorting as CUSTOM.
        order_lines (list[OrderLine] | Unset): Order lines belonging to the OrderGroup. Order lines that does not belong
            to a group, can be posted on the orderLines field on the order.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    order: Order | Unset = UNSET
    title: str | Unset = UNSET
    comment: str | Unset = UNSET
    sort_index: int | Unset = UNSET
    order_lines: list[OrderLine] | Unset = UNSET
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

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        title = self.title

        comment = self.comment

        sort_index = self.sort_index

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

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
        if order is not UNSET:
            field_dict["order"] = order
        if title is not UNSET:
            field_dict["title"] = title
        if comment is not UNSET:
            field_dict["comment"] = comment
        if sort_index is not UNSET:
            field_dict["sortIndex"] = sort_index
        if order_lines is not UNSET:
            field_dict["orderLines"] = order_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OrderGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415
        from ..models.order_line import OrderLine  # noqa: PLC0415

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

        def _p_order(_tx_v: Any) -> Order | Unset:
            _order = _tx_v
            order: Order | Unset
            if isinstance(_order, Unset):
                order = UNSET
            else:
                order = Order._tx_from_json(_order)

            return order

        def _p_order_lines(_tx_v: Any) -> list[OrderLine] | Unset:
            _order_lines = _tx_v
            order_lines: list[OrderLine] | Unset = UNSET
            if _order_lines is not UNSET:
                order_lines = []
                for order_lines_item_data in _order_lines:
                    if order_lines_item_data is None:
                        continue
                    order_lines_item = OrderLine._tx_from_json(order_lines_item_data)

                    order_lines.append(order_lines_item)

            return order_lines

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "order",
                "title",
                "comment",
                "sortIndex",
                "orderLines",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "order": ("order", _p_order),
            "title": ("title", None),
            "comment": ("comment", None),
            "sort_index": ("sortIndex", None),
            "order_lines": ("orderLines", _p_order_lines),
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
