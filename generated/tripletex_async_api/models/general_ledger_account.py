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
    from ..models.general_ledger_posting import GeneralLedgerPosting


T = TypeVar("T", bound="GeneralLedgerAccount")


@_attrs_define
class GeneralLedgerAccount(Model):
    """
    Attributes:
        account_id (int | Unset):
        account_number (str | Unset):
        account_number_as_int (int | Unset):
        account_name (str | Unset):
        is_first_posting_for_account_included (bool | Unset):
        is_last_posting_for_account_included (bool | Unset):
        postings (list[GeneralLedgerPosting] | Unset):
        has_hidden_wage_postings (bool | Unset):
    """

    account_id: int | Unset = UNSET
    account_number: str | Unset = UNSET
    account_number_as_int: int | Unset = UNSET
    account_name: str | Unset = UNSET
    is_first_posting_for_account_included: bool | Unset = UNSET
    is_last_posting_for_account_included: bool | Unset = UNSET
    postings: list[GeneralLedgerPosting] | Unset = UNSET
    has_hidden_wage_postings: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account_id
        if _v is not UNSET and not _in_request:
            field_dict["accountId"] = _v
        _v = self.account_number
        if _v is not UNSET and not _in_request:
            field_dict["accountNumber"] = _v
        _v = self.account_number_as_int
        if _v is not UNSET and not _in_request:
            field_dict["accountNumberAsInt"] = _v
        _v = self.account_name
        if _v is not UNSET and not _in_request:
            field_dict["accountName"] = _v
        _v = self.is_first_posting_for_account_included
        if _v is not UNSET and not _in_request:
            field_dict["isFirstPostingForAccountIncluded"] = _v
        _v = self.is_last_posting_for_account_included
        if _v is not UNSET and not _in_request:
            field_dict["isLastPostingForAccountIncluded"] = _v
        _v = self.postings
        if _v is not UNSET and not _in_request:
            field_dict["postings"] = [_e.to_dict() for _e in _v]
        _v = self.has_hidden_wage_postings
        if _v is not UNSET and not _in_request:
            field_dict["hasHiddenWagePostings"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GeneralLedgerAccount from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GeneralLedgerAccount.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.general_ledger_posting import GeneralLedgerPosting  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "accountId",
                "accountNumber",
                "accountNumberAsInt",
                "accountName",
                "isFirstPostingForAccountIncluded",
                "isLastPostingForAccountIncluded",
                "postings",
                "hasHiddenWagePostings",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "accountId": "account_id",
            "accountNumber": "account_number",
            "accountNumberAsInt": "account_number_as_int",
            "accountName": "account_name",
            "isFirstPostingForAccountIncluded": "is_first_posting_for_account_included",
            "isLastPostingForAccountIncluded": "is_last_posting_for_account_included",
            "hasHiddenWagePostings": "has_hidden_wage_postings",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.account_id = o.account_number = o.account_number_as_int = o.account_name = (
                        o.is_first_posting_for_account_included
                    ) = o.is_last_posting_for_account_included = o.postings = o.has_hidden_wage_postings = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("accountId")
                if v is None:
                    o.account_id = u
                    if "accountId" not in d:
                        m += 1
                else:
                    o.account_id = v
                v = g("accountNumber")
                if v is None:
                    o.account_number = u
                    if "accountNumber" not in d:
                        m += 1
                else:
                    o.account_number = v
                v = g("accountNumberAsInt")
                if v is None:
                    o.account_number_as_int = u
                    if "accountNumberAsInt" not in d:
                        m += 1
                else:
                    o.account_number_as_int = v
                v = g("accountName")
                if v is None:
                    o.account_name = u
                    if "accountName" not in d:
                        m += 1
                else:
                    o.account_name = v
                v = g("isFirstPostingForAccountIncluded")
                if v is None:
                    o.is_first_posting_for_account_included = u
                    if "isFirstPostingForAccountIncluded" not in d:
                        m += 1
                else:
                    o.is_first_posting_for_account_included = v
                v = g("isLastPostingForAccountIncluded")
                if v is None:
                    o.is_last_posting_for_account_included = u
                    if "isLastPostingForAccountIncluded" not in d:
                        m += 1
                else:
                    o.is_last_posting_for_account_included = v
                k = "postings"
                v = g("postings")
                if v is None:
                    o.postings = u
                    if "postings" not in d:
                        m += 1
                else:
                    o.postings = (
                        ([GeneralLedgerPosting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("hasHiddenWagePostings")
                if v is None:
                    o.has_hidden_wage_postings = u
                    if "hasHiddenWagePostings" not in d:
                        m += 1
                else:
                    o.has_hidden_wage_postings = v
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
            ("account_id", "accountId"),
            ("account_number", "accountNumber"),
            ("account_number_as_int", "accountNumberAsInt"),
            ("account_name", "accountName"),
            ("is_first_posting_for_account_included", "isFirstPostingForAccountIncluded"),
            ("is_last_posting_for_account_included", "isLastPostingForAccountIncluded"),
            ("postings", "postings"),
            ("has_hidden_wage_postings", "hasHiddenWagePostings"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account_id
            o.account_id = u if v is None else v
            v = s.account_number
            o.account_number = u if v is None else v
            v = s.account_number_as_int
            o.account_number_as_int = u if v is None else v
            v = s.account_name
            o.account_name = u if v is None else v
            v = s.is_first_posting_for_account_included
            o.is_first_posting_for_account_included = u if v is None else v
            v = s.is_last_posting_for_account_included
            o.is_last_posting_for_account_included = u if v is None else v
            v = s.postings
            o.postings = (
                u
                if v is None or v is u
                else ([GeneralLedgerPosting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.has_hidden_wage_postings
            o.has_hidden_wage_postings = u if v is None else v
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
