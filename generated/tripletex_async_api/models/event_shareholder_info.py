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
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.shareholder import Shareholder
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="EventShareholderInfo")


@_attrs_define
class EventShareholderInfo(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        event_shareholder_group_id (int | Unset):
        shareholder (Shareholder | Unset):
        number_of_shares (ShareholderRegisterData | Unset):
        calculated_number_of_shares (float | Unset):
        distributed_dividend (ShareholderRegisterData | Unset):
        calculated_distributed_dividend (float | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    event_shareholder_group_id: int | Unset = UNSET
    shareholder: Shareholder | Unset = UNSET
    number_of_shares: ShareholderRegisterData | Unset = UNSET
    calculated_number_of_shares: float | Unset = UNSET
    distributed_dividend: ShareholderRegisterData | Unset = UNSET
    calculated_distributed_dividend: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.event_shareholder_group_id
        if _v is not UNSET and not _in_request:
            field_dict["eventShareholderGroupId"] = _v
        _v = self.shareholder
        if _v is not UNSET:
            field_dict["shareholder"] = _v.to_dict()
        _v = self.number_of_shares
        if _v is not UNSET:
            field_dict["numberOfShares"] = _v.to_dict()
        _v = self.calculated_number_of_shares
        if _v is not UNSET and not _in_request:
            field_dict["calculatedNumberOfShares"] = _v
        _v = self.distributed_dividend
        if _v is not UNSET:
            field_dict["distributedDividend"] = _v.to_dict()
        _v = self.calculated_distributed_dividend
        if _v is not UNSET and not _in_request:
            field_dict["calculatedDistributedDividend"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EventShareholderInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EventShareholderInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.shareholder import Shareholder  # noqa: PLC0415
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "eventShareholderGroupId",
                "shareholder",
                "numberOfShares",
                "calculatedNumberOfShares",
                "distributedDividend",
                "calculatedDistributedDividend",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                v = g("eventShareholderGroupId")
                if v is None:
                    o.event_shareholder_group_id = u
                    if "eventShareholderGroupId" not in d:
                        m += 1
                else:
                    o.event_shareholder_group_id = v
                k = "shareholder"
                v = g("shareholder")
                if v is None:
                    o.shareholder = u
                    if "shareholder" not in d:
                        m += 1
                else:
                    o.shareholder = Shareholder._tx_parse(v)
                k = "numberOfShares"
                v = g("numberOfShares")
                if v is None:
                    o.number_of_shares = u
                    if "numberOfShares" not in d:
                        m += 1
                else:
                    o.number_of_shares = ShareholderRegisterData._tx_parse(v)
                v = g("calculatedNumberOfShares")
                if v is None:
                    o.calculated_number_of_shares = u
                    if "calculatedNumberOfShares" not in d:
                        m += 1
                else:
                    o.calculated_number_of_shares = v
                k = "distributedDividend"
                v = g("distributedDividend")
                if v is None:
                    o.distributed_dividend = u
                    if "distributedDividend" not in d:
                        m += 1
                else:
                    o.distributed_dividend = ShareholderRegisterData._tx_parse(v)
                v = g("calculatedDistributedDividend")
                if v is None:
                    o.calculated_distributed_dividend = u
                    if "calculatedDistributedDividend" not in d:
                        m += 1
                else:
                    o.calculated_distributed_dividend = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("event_shareholder_group_id", "eventShareholderGroupId"),
            ("shareholder", "shareholder"),
            ("number_of_shares", "numberOfShares"),
            ("calculated_number_of_shares", "calculatedNumberOfShares"),
            ("distributed_dividend", "distributedDividend"),
            ("calculated_distributed_dividend", "calculatedDistributedDividend"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.event_shareholder_group_id
            o.event_shareholder_group_id = u if v is None else v
            v = s.shareholder
            o.shareholder = u if v is None or v is u else Shareholder._tx_parse(v)
            v = s.number_of_shares
            o.number_of_shares = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.calculated_number_of_shares
            o.calculated_number_of_shares = u if v is None else v
            v = s.distributed_dividend
            o.distributed_dividend = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.calculated_distributed_dividend
            o.calculated_distributed_dividend = u if v is None else v
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
