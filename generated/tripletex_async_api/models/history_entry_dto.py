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
    from ..models.debt_collection_info_dto import DebtCollectionInfoDTO
    from ..models.description_dto import DescriptionDTO
    from ..models.send_method_dto import SendMethodDTO


T = TypeVar("T", bound="HistoryEntryDTO")


@_attrs_define
class HistoryEntryDTO(Model):
    """
    Attributes:
        send_date (str | Unset):
        due_date (str | Unset):
        descriptions (list[DescriptionDTO] | Unset):
        send_methods (list[SendMethodDTO] | Unset):
        amount (float | Unset):
        amount_currency (float | Unset):
        debt_collection_info (DebtCollectionInfoDTO | Unset):
    """

    send_date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    descriptions: list[DescriptionDTO] | Unset = UNSET
    send_methods: list[SendMethodDTO] | Unset = UNSET
    amount: float | Unset = UNSET
    amount_currency: float | Unset = UNSET
    debt_collection_info: DebtCollectionInfoDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.send_date
        if _v is not UNSET and not _in_request:
            field_dict["sendDate"] = _v
        _v = self.due_date
        if _v is not UNSET and not _in_request:
            field_dict["dueDate"] = _v
        _v = self.descriptions
        if _v is not UNSET and not _in_request:
            field_dict["descriptions"] = [_e.to_dict() for _e in _v]
        _v = self.send_methods
        if _v is not UNSET and not _in_request:
            field_dict["sendMethods"] = [_e.to_dict() for _e in _v]
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountCurrency"] = _v
        _v = self.debt_collection_info
        if _v is not UNSET:
            field_dict["debtCollectionInfo"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HistoryEntryDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``HistoryEntryDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.debt_collection_info_dto import DebtCollectionInfoDTO  # noqa: PLC0415
        from ..models.description_dto import DescriptionDTO  # noqa: PLC0415
        from ..models.send_method_dto import SendMethodDTO  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "sendDate",
                "dueDate",
                "descriptions",
                "sendMethods",
                "amount",
                "amountCurrency",
                "debtCollectionInfo",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("sendDate")
                if v is None:
                    o.send_date = u
                    if "sendDate" not in d:
                        m += 1
                else:
                    o.send_date = v
                v = g("dueDate")
                if v is None:
                    o.due_date = u
                    if "dueDate" not in d:
                        m += 1
                else:
                    o.due_date = v
                k = "descriptions"
                v = g("descriptions")
                if v is None:
                    o.descriptions = u
                    if "descriptions" not in d:
                        m += 1
                else:
                    o.descriptions = (
                        ([DescriptionDTO._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "sendMethods"
                v = g("sendMethods")
                if v is None:
                    o.send_methods = u
                    if "sendMethods" not in d:
                        m += 1
                else:
                    o.send_methods = (
                        ([SendMethodDTO._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                k = "debtCollectionInfo"
                v = g("debtCollectionInfo")
                if v is None:
                    o.debt_collection_info = u
                    if "debtCollectionInfo" not in d:
                        m += 1
                else:
                    o.debt_collection_info = DebtCollectionInfoDTO._tx_parse(v)
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
            ("send_date", "sendDate"),
            ("due_date", "dueDate"),
            ("descriptions", "descriptions"),
            ("send_methods", "sendMethods"),
            ("amount", "amount"),
            ("amount_currency", "amountCurrency"),
            ("debt_collection_info", "debtCollectionInfo"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.send_date
            o.send_date = u if v is None else v
            v = s.due_date
            o.due_date = u if v is None else v
            v = s.descriptions
            o.descriptions = (
                u
                if v is None or v is u
                else ([DescriptionDTO._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.send_methods
            o.send_methods = (
                u
                if v is None or v is u
                else ([SendMethodDTO._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.amount
            o.amount = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.debt_collection_info
            o.debt_collection_info = u if v is None or v is u else DebtCollectionInfoDTO._tx_parse(v)
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
