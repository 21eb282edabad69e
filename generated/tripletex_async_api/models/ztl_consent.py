from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ztl_consent_creation_source import ZtlConsentCreationSource
from ..models.ztl_consent_status import ZtlConsentStatus
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
    from ..models.bank import Bank
    from ..models.change import Change
    from ..models.ztl_account import ZtlAccount


T = TypeVar("T", bound="ZtlConsent")


@_attrs_define
class ZtlConsent(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        consent_url (str | Unset):
        valid (bool | Unset):
        status (ZtlConsentStatus | Unset):
        expiration_date (str | Unset):
        bank (Bank | Unset):
        consent_reference (str | Unset):
        ztl_accounts (list[ZtlAccount] | Unset):
        user_id_or_ssn (str | Unset): userId for DNB, socialSecurityNumber for other banks
        creation_source (ZtlConsentCreationSource | Unset): Specify where the consent was created from
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    consent_url: str | Unset = UNSET
    valid: bool | Unset = UNSET
    status: ZtlConsentStatus | Unset = UNSET
    expiration_date: str | Unset = UNSET
    bank: Bank | Unset = UNSET
    consent_reference: str | Unset = UNSET
    ztl_accounts: list[ZtlAccount] | Unset = UNSET
    user_id_or_ssn: str | Unset = UNSET
    creation_source: ZtlConsentCreationSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.consent_url
        if _v is not UNSET and not _in_request:
            field_dict["consentUrl"] = _v
        _v = self.valid
        if _v is not UNSET and not _in_request:
            field_dict["valid"] = _v
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.expiration_date
        if _v is not UNSET and not _in_request:
            field_dict["expirationDate"] = _v
        _v = self.bank
        if _v is not UNSET:
            field_dict["bank"] = _v.to_dict()
        _v = self.consent_reference
        if _v is not UNSET:
            field_dict["consentReference"] = _v
        _v = self.ztl_accounts
        if _v is not UNSET:
            field_dict["ztlAccounts"] = [_e.to_dict() for _e in _v]
        _v = self.user_id_or_ssn
        if _v is not UNSET:
            field_dict["userIdOrSsn"] = _v
        _v = self.creation_source
        if _v is not UNSET:
            field_dict["creationSource"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ZtlConsent from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ZtlConsent.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.ztl_account import ZtlAccount  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(ZtlConsentStatus)
        _e_creation_source: dict[Any, Any] = enum_members(ZtlConsentCreationSource)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "consentUrl",
                "valid",
                "status",
                "expirationDate",
                "bank",
                "consentReference",
                "ztlAccounts",
                "userIdOrSsn",
                "creationSource",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "consentUrl": "consent_url",
            "valid": "valid",
            "expirationDate": "expiration_date",
            "consentReference": "consent_reference",
            "userIdOrSsn": "user_id_or_ssn",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.consent_url = o.valid = o.status = o.expiration_date = (
                        o.bank
                    ) = o.consent_reference = o.ztl_accounts = o.user_id_or_ssn = o.creation_source = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.consent_url = o.valid = o.status = o.expiration_date = (
                        o.bank
                    ) = o.consent_reference = o.ztl_accounts = o.user_id_or_ssn = o.creation_source = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("consentUrl")
                if v is None:
                    o.consent_url = u
                    if "consentUrl" not in d:
                        m += 1
                else:
                    o.consent_url = v
                v = g("valid")
                if v is None:
                    o.valid = u
                    if "valid" not in d:
                        m += 1
                else:
                    o.valid = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(ZtlConsentStatus, v)
                v = g("expirationDate")
                if v is None:
                    o.expiration_date = u
                    if "expirationDate" not in d:
                        m += 1
                else:
                    o.expiration_date = v
                k = "bank"
                v = g("bank")
                if v is None:
                    o.bank = u
                    if "bank" not in d:
                        m += 1
                else:
                    o.bank = Bank._tx_parse(v)
                v = g("consentReference")
                if v is None:
                    o.consent_reference = u
                    if "consentReference" not in d:
                        m += 1
                else:
                    o.consent_reference = v
                k = "ztlAccounts"
                v = g("ztlAccounts")
                if v is None:
                    o.ztl_accounts = u
                    if "ztlAccounts" not in d:
                        m += 1
                else:
                    o.ztl_accounts = (
                        ([ZtlAccount._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("userIdOrSsn")
                if v is None:
                    o.user_id_or_ssn = u
                    if "userIdOrSsn" not in d:
                        m += 1
                else:
                    o.user_id_or_ssn = v
                k = "creationSource"
                v = g("creationSource")
                if v is None:
                    o.creation_source = u
                    if "creationSource" not in d:
                        m += 1
                else:
                    o.creation_source = (
                        e_ if (e_ := _e_creation_source.get(v)) is not None else enum_value(ZtlConsentCreationSource, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("consent_url", "consentUrl"),
            ("valid", "valid"),
            ("status", "status"),
            ("expiration_date", "expirationDate"),
            ("bank", "bank"),
            ("consent_reference", "consentReference"),
            ("ztl_accounts", "ztlAccounts"),
            ("user_id_or_ssn", "userIdOrSsn"),
            ("creation_source", "creationSource"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.consent_url
            o.consent_url = u if v is None else v
            v = s.valid
            o.valid = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(ZtlConsentStatus, v)
            )
            v = s.expiration_date
            o.expiration_date = u if v is None else v
            v = s.bank
            o.bank = u if v is None or v is u else Bank._tx_parse(v)
            v = s.consent_reference
            o.consent_reference = u if v is None else v
            v = s.ztl_accounts
            o.ztl_accounts = (
                u
                if v is None or v is u
                else ([ZtlAccount._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.user_id_or_ssn
            o.user_id_or_ssn = u if v is None else v
            v = s.creation_source
            o.creation_source = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_creation_source.get(v)) is not None
                else enum_value(ZtlConsentCreationSource, v)
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
