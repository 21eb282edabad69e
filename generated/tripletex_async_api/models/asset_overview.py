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
    from ..models.asset_group import AssetGroup


T = TypeVar("T", bound="AssetOverview")


@_attrs_define
class AssetOverview(Model):
    """
    Attributes:
        asset_groups (list[AssetGroup] | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        established_date (str | Unset):
        has_starting_balance_voucher (bool | Unset):
    """

    asset_groups: list[AssetGroup] | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    established_date: str | Unset = UNSET
    has_starting_balance_voucher: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.asset_groups
        if _v is not UNSET and not _in_request:
            field_dict["assetGroups"] = [_e.to_dict() for _e in _v]
        _v = self.start_date
        if _v is not UNSET and not _in_request:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET and not _in_request:
            field_dict["endDate"] = _v
        _v = self.established_date
        if _v is not UNSET and not _in_request:
            field_dict["establishedDate"] = _v
        _v = self.has_starting_balance_voucher
        if _v is not UNSET and not _in_request:
            field_dict["hasStartingBalanceVoucher"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AssetOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AssetOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.asset_group import AssetGroup  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "assetGroups",
                "startDate",
                "endDate",
                "establishedDate",
                "hasStartingBalanceVoucher",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "assetGroups"
                v = g("assetGroups")
                if v is None:
                    o.asset_groups = u
                    if "assetGroups" not in d:
                        m += 1
                else:
                    o.asset_groups = (
                        ([AssetGroup._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("establishedDate")
                if v is None:
                    o.established_date = u
                    if "establishedDate" not in d:
                        m += 1
                else:
                    o.established_date = v
                v = g("hasStartingBalanceVoucher")
                if v is None:
                    o.has_starting_balance_voucher = u
                    if "hasStartingBalanceVoucher" not in d:
                        m += 1
                else:
                    o.has_starting_balance_voucher = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("asset_groups", "assetGroups"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("established_date", "establishedDate"),
            ("has_starting_balance_voucher", "hasStartingBalanceVoucher"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.asset_groups
            o.asset_groups = (
                u
                if v is None or v is u
                else ([AssetGroup._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.established_date
            o.established_date = u if v is None else v
            v = s.has_starting_balance_voucher
            o.has_starting_balance_voucher = u if v is None else v
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
