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
)

if TYPE_CHECKING:
    from ..models.controlled_transactions_outstanding import ControlledTransactionsOutstanding
    from ..models.controlled_transactions_transaction import ControlledTransactionsTransaction
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ControlledTransactionsCompanySpecification")


@_attrs_define
class ControlledTransactionsCompanySpecification(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        identifier (str | Unset): The official identifier of the company
        company_name (str | Unset): The official name of the company
        country (str | Unset): The country where the company is registered
        transactions (list[ControlledTransactionsTransaction] | Unset): A list of transactions made between this company
            and users company
        outstanding_balances (list[ControlledTransactionsOutstanding] | Unset): A list of outstanding accounts between
            this company and users company
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    identifier: str | Unset = UNSET
    company_name: str | Unset = UNSET
    country: str | Unset = UNSET
    transactions: list[ControlledTransactionsTransaction] | Unset = UNSET
    outstanding_balances: list[ControlledTransactionsOutstanding] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET:
            field_dict["groupId"] = _v
        _v = self.sub_group_id
        if _v is not UNSET:
            field_dict["subGroupId"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.identifier
        if _v is not UNSET:
            field_dict["identifier"] = _v
        _v = self.company_name
        if _v is not UNSET:
            field_dict["companyName"] = _v
        _v = self.country
        if _v is not UNSET:
            field_dict["country"] = _v
        _v = self.transactions
        if _v is not UNSET:
            field_dict["transactions"] = [_e.to_dict() for _e in _v]
        _v = self.outstanding_balances
        if _v is not UNSET:
            field_dict["outstandingBalances"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ControlledTransactionsCompanySpecification from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ControlledTransactionsCompanySpecification.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.controlled_transactions_outstanding import ControlledTransactionsOutstanding  # noqa: PLC0415
        from ..models.controlled_transactions_transaction import ControlledTransactionsTransaction  # noqa: PLC0415
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "identifier",
                "companyName",
                "country",
                "transactions",
                "outstandingBalances",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "identifier": "identifier",
            "companyName": "company_name",
            "country": "country",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = o.identifier = o.company_name = (
                        o.country
                    ) = o.transactions = o.outstanding_balances = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
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
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                v = g("subGroupId")
                if v is None:
                    o.sub_group_id = u
                    if "subGroupId" not in d:
                        m += 1
                else:
                    o.sub_group_id = v
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("identifier")
                if v is None:
                    o.identifier = u
                    if "identifier" not in d:
                        m += 1
                else:
                    o.identifier = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("country")
                if v is None:
                    o.country = u
                    if "country" not in d:
                        m += 1
                else:
                    o.country = v
                k = "transactions"
                v = g("transactions")
                if v is None:
                    o.transactions = u
                    if "transactions" not in d:
                        m += 1
                else:
                    o.transactions = (
                        ([ControlledTransactionsTransaction._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "outstandingBalances"
                v = g("outstandingBalances")
                if v is None:
                    o.outstanding_balances = u
                    if "outstandingBalances" not in d:
                        m += 1
                else:
                    o.outstanding_balances = (
                        ([ControlledTransactionsOutstanding._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("sub_group_id", "subGroupId"),
            ("posts", "posts"),
            ("identifier", "identifier"),
            ("company_name", "companyName"),
            ("country", "country"),
            ("transactions", "transactions"),
            ("outstanding_balances", "outstandingBalances"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.sub_group_id
            o.sub_group_id = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.identifier
            o.identifier = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.country
            o.country = u if v is None else v
            v = s.transactions
            o.transactions = (
                u
                if v is None or v is u
                else ([ControlledTransactionsTransaction._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.outstanding_balances
            o.outstanding_balances = (
                u
                if v is None or v is u
                else ([ControlledTransactionsOutstanding._tx_parse(e) for e in v if e is not None] if v else [])
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
