from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.order import Order
    from ..models.order_line import OrderLine


T = TypeVar("T", bound="OrderGroup")


@_attrs_define
class OrderGroup:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415
        from ..models.order_line import OrderLine  # noqa: PLC0415

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

        _order = d.pop("order", UNSET)
        order: Order | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = Order.from_dict(_order)

        title = d.pop("title", UNSET)

        comment = d.pop("comment", UNSET)

        sort_index = d.pop("sortIndex", UNSET)

        _order_lines = d.pop("orderLines", UNSET)
        order_lines: list[OrderLine] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                if order_lines_item_data is None:
                    continue
                order_lines_item = OrderLine.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            order=order,
            title=title,
            comment=comment,
            sort_index=sort_index,
            order_lines=order_lines,
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
