from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.ztl_account import ZtlAccount
    from ..models.ztl_employee import ZtlEmployee


T = TypeVar("T", bound="ZtlSettingsData")


@_attrs_define
class ZtlSettingsData(Model):
    """
    Attributes:
        bank_name (str | Unset):
        bank_id (int | Unset):
        accounts (list[ZtlAccount] | Unset):
        employees (list[ZtlEmployee] | Unset):
    """

    bank_name: str | Unset = UNSET
    bank_id: int | Unset = UNSET
    accounts: list[ZtlAccount] | Unset = UNSET
    employees: list[ZtlEmployee] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.bank_name
        if _v is not UNSET and not _in_request:
            field_dict["bankName"] = _v
        _v = self.bank_id
        if _v is not UNSET and not _in_request:
            field_dict["bankId"] = _v
        _v = self.accounts
        if _v is not UNSET and not _in_request:
            field_dict["accounts"] = [_e.to_dict() for _e in _v]
        _v = self.employees
        if _v is not UNSET and not _in_request:
            field_dict["employees"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ZtlSettingsData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ZtlSettingsData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.ztl_account import ZtlAccount  # noqa: PLC0415
        from ..models.ztl_employee import ZtlEmployee  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "bankName",
                "bankId",
                "accounts",
                "employees",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("bankName")
                if v is None:
                    o.bank_name = u
                    if "bankName" not in d:
                        m += 1
                else:
                    o.bank_name = v
                v = g("bankId")
                if v is None:
                    o.bank_id = u
                    if "bankId" not in d:
                        m += 1
                else:
                    o.bank_id = v
                k = "accounts"
                v = g("accounts")
                if v is None:
                    o.accounts = u
                    if "accounts" not in d:
                        m += 1
                else:
                    o.accounts = (
                        ([ZtlAccount._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "employees"
                v = g("employees")
                if v is None:
                    o.employees = u
                    if "employees" not in d:
                        m += 1
                else:
                    o.employees = (
                        ([ZtlEmployee._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("bank_name", "bankName"),
            ("bank_id", "bankId"),
            ("accounts", "accounts"),
            ("employees", "employees"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.bank_name
            o.bank_name = u if v is None else v
            v = s.bank_id
            o.bank_id = u if v is None else v
            v = s.accounts
            o.accounts = (
                u
                if v is None or v is u
                else ([ZtlAccount._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.employees
            o.employees = (
                u
                if v is None or v is u
                else ([ZtlEmployee._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
