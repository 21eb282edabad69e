from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_admin_access_access_type import AccountAdminAccessAccessType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="AccountAdminAccess")


@_attrs_define
class AccountAdminAccess(Model):
    """Account admin access for the customer. If not set, the default access will be used which is all admins from the
    accountant company.

        Attributes:
            access_type (AccountAdminAccessAccessType | Unset): Decides who will get admin access.
            specific_admin_ids (list[int] | Unset): Specific admin IDs to grant access to.
    """

    access_type: AccountAdminAccessAccessType | Unset = UNSET
    specific_admin_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.access_type
        if _v is not UNSET:
            field_dict["accessType"] = _v._value_
        _v = self.specific_admin_ids
        if _v is not UNSET:
            field_dict["specificAdminIds"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountAdminAccess from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccountAdminAccess.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_access_type: dict[Any, Any] = enum_members(AccountAdminAccessAccessType)
        _known: frozenset[str] = frozenset(
            (
                "accessType",
                "specificAdminIds",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "accessType"
                v = g("accessType")
                if v is None:
                    o.access_type = u
                    if "accessType" not in d:
                        m += 1
                else:
                    o.access_type = (
                        e_ if (e_ := _e_access_type.get(v)) is not None else enum_value(AccountAdminAccessAccessType, v)
                    )
                k = "specificAdminIds"
                v = g("specificAdminIds")
                if v is None:
                    o.specific_admin_ids = u
                    if "specificAdminIds" not in d:
                        m += 1
                else:
                    o.specific_admin_ids = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("access_type", "accessType"),
            ("specific_admin_ids", "specificAdminIds"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.access_type
            o.access_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_access_type.get(v)) is not None
                else enum_value(AccountAdminAccessAccessType, v)
            )
            v = s.specific_admin_ids
            o.specific_admin_ids = u if v is None or v is u else v
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
