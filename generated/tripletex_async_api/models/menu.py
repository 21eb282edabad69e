from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.menu_menu_style import MenuMenuStyle
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.menu_item import MenuItem


T = TypeVar("T", bound="Menu")


@_attrs_define
class Menu(Model):
    """
    Attributes:
        menu_style (MenuMenuStyle | Unset):
        menu_items (list[MenuItem] | Unset):
        default_content_url (str | Unset):
        show_trial_widget (bool | Unset):
        package_name (str | Unset):
        purchase_url (str | Unset):
        trial_expires_date (str | Unset):
        current_server_time (str | Unset):
    """

    menu_style: MenuMenuStyle | Unset = UNSET
    menu_items: list[MenuItem] | Unset = UNSET
    default_content_url: str | Unset = UNSET
    show_trial_widget: bool | Unset = UNSET
    package_name: str | Unset = UNSET
    purchase_url: str | Unset = UNSET
    trial_expires_date: str | Unset = UNSET
    current_server_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.menu_style
        if _v is not UNSET and not _in_request:
            field_dict["menuStyle"] = _v._value_
        _v = self.menu_items
        if _v is not UNSET and not _in_request:
            field_dict["menuItems"] = [_e.to_dict() for _e in _v]
        _v = self.default_content_url
        if _v is not UNSET and not _in_request:
            field_dict["defaultContentUrl"] = _v
        _v = self.show_trial_widget
        if _v is not UNSET and not _in_request:
            field_dict["showTrialWidget"] = _v
        _v = self.package_name
        if _v is not UNSET and not _in_request:
            field_dict["packageName"] = _v
        _v = self.purchase_url
        if _v is not UNSET and not _in_request:
            field_dict["purchaseUrl"] = _v
        _v = self.trial_expires_date
        if _v is not UNSET and not _in_request:
            field_dict["trialExpiresDate"] = _v
        _v = self.current_server_time
        if _v is not UNSET and not _in_request:
            field_dict["currentServerTime"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Menu from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Menu.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.menu_item import MenuItem  # noqa: PLC0415

        _new = object.__new__
        _e_menu_style: dict[Any, Any] = enum_members(MenuMenuStyle)
        _known: frozenset[str] = frozenset(
            (
                "menuStyle",
                "menuItems",
                "defaultContentUrl",
                "showTrialWidget",
                "packageName",
                "purchaseUrl",
                "trialExpiresDate",
                "currentServerTime",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "defaultContentUrl": "default_content_url",
            "showTrialWidget": "show_trial_widget",
            "packageName": "package_name",
            "purchaseUrl": "purchase_url",
            "trialExpiresDate": "trial_expires_date",
            "currentServerTime": "current_server_time",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.menu_style = o.menu_items = o.default_content_url = o.show_trial_widget = o.package_name = (
                        o.purchase_url
                    ) = o.trial_expires_date = o.current_server_time = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "menuStyle"
                v = g("menuStyle")
                if v is None:
                    o.menu_style = u
                    if "menuStyle" not in d:
                        m += 1
                else:
                    o.menu_style = e_ if (e_ := _e_menu_style.get(v)) is not None else enum_value(MenuMenuStyle, v)
                k = "menuItems"
                v = g("menuItems")
                if v is None:
                    o.menu_items = u
                    if "menuItems" not in d:
                        m += 1
                else:
                    o.menu_items = (
                        ([MenuItem._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("defaultContentUrl")
                if v is None:
                    o.default_content_url = u
                    if "defaultContentUrl" not in d:
                        m += 1
                else:
                    o.default_content_url = v
                v = g("showTrialWidget")
                if v is None:
                    o.show_trial_widget = u
                    if "showTrialWidget" not in d:
                        m += 1
                else:
                    o.show_trial_widget = v
                v = g("packageName")
                if v is None:
                    o.package_name = u
                    if "packageName" not in d:
                        m += 1
                else:
                    o.package_name = v
                v = g("purchaseUrl")
                if v is None:
                    o.purchase_url = u
                    if "purchaseUrl" not in d:
                        m += 1
                else:
                    o.purchase_url = v
                v = g("trialExpiresDate")
                if v is None:
                    o.trial_expires_date = u
                    if "trialExpiresDate" not in d:
                        m += 1
                else:
                    o.trial_expires_date = v
                v = g("currentServerTime")
                if v is None:
                    o.current_server_time = u
                    if "currentServerTime" not in d:
                        m += 1
                else:
                    o.current_server_time = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("menu_style", "menuStyle"),
            ("menu_items", "menuItems"),
            ("default_content_url", "defaultContentUrl"),
            ("show_trial_widget", "showTrialWidget"),
            ("package_name", "packageName"),
            ("purchase_url", "purchaseUrl"),
            ("trial_expires_date", "trialExpiresDate"),
            ("current_server_time", "currentServerTime"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.menu_style
            o.menu_style = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_menu_style.get(v)) is not None
                else enum_value(MenuMenuStyle, v)
            )
            v = s.menu_items
            o.menu_items = (
                u
                if v is None or v is u
                else ([MenuItem._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.default_content_url
            o.default_content_url = u if v is None else v
            v = s.show_trial_widget
            o.show_trial_widget = u if v is None else v
            v = s.package_name
            o.package_name = u if v is None else v
            v = s.purchase_url
            o.purchase_url = u if v is None else v
            v = s.trial_expires_date
            o.trial_expires_date = u if v is None else v
            v = s.current_server_time
            o.current_server_time = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
