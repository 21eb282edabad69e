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
    from ..models.license_ import License


T = TypeVar("T", bound="TermsOfService")


@_attrs_define
class TermsOfService(Model):
    """
    Attributes:
        render_dialog (bool | Unset):
        company_license (License | Unset):
        render_company_license (bool | Unset):
        user_license (License | Unset):
        render_user_license (bool | Unset): Terms for the user
        ask_can_sign (bool | Unset): If there are no account admin and no accountant paying the bills, we don't know who
            should sign
        ask_marketing_consent (bool | Unset):
        new_tos_alive (bool | Unset):
    """

    render_dialog: bool | Unset = UNSET
    company_license: License | Unset = UNSET
    render_company_license: bool | Unset = UNSET
    user_license: License | Unset = UNSET
    render_user_license: bool | Unset = UNSET
    ask_can_sign: bool | Unset = UNSET
    ask_marketing_consent: bool | Unset = UNSET
    new_tos_alive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.render_dialog
        if _v is not UNSET and not _in_request:
            field_dict["renderDialog"] = _v
        _v = self.company_license
        if _v is not UNSET:
            field_dict["companyLicense"] = _v.to_dict()
        _v = self.render_company_license
        if _v is not UNSET and not _in_request:
            field_dict["renderCompanyLicense"] = _v
        _v = self.user_license
        if _v is not UNSET:
            field_dict["userLicense"] = _v.to_dict()
        _v = self.render_user_license
        if _v is not UNSET and not _in_request:
            field_dict["renderUserLicense"] = _v
        _v = self.ask_can_sign
        if _v is not UNSET and not _in_request:
            field_dict["askCanSign"] = _v
        _v = self.ask_marketing_consent
        if _v is not UNSET and not _in_request:
            field_dict["askMarketingConsent"] = _v
        _v = self.new_tos_alive
        if _v is not UNSET and not _in_request:
            field_dict["newTOSAlive"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TermsOfService from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TermsOfService.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.license_ import License  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "renderDialog",
                "companyLicense",
                "renderCompanyLicense",
                "userLicense",
                "renderUserLicense",
                "askCanSign",
                "askMarketingConsent",
                "newTOSAlive",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "renderDialog": "render_dialog",
            "renderCompanyLicense": "render_company_license",
            "renderUserLicense": "render_user_license",
            "askCanSign": "ask_can_sign",
            "askMarketingConsent": "ask_marketing_consent",
            "newTOSAlive": "new_tos_alive",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.render_dialog = o.company_license = o.render_company_license = o.user_license = (
                        o.render_user_license
                    ) = o.ask_can_sign = o.ask_marketing_consent = o.new_tos_alive = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("renderDialog")
                if v is None:
                    o.render_dialog = u
                    if "renderDialog" not in d:
                        m += 1
                else:
                    o.render_dialog = v
                k = "companyLicense"
                v = g("companyLicense")
                if v is None:
                    o.company_license = u
                    if "companyLicense" not in d:
                        m += 1
                else:
                    o.company_license = License._tx_parse(v)
                v = g("renderCompanyLicense")
                if v is None:
                    o.render_company_license = u
                    if "renderCompanyLicense" not in d:
                        m += 1
                else:
                    o.render_company_license = v
                k = "userLicense"
                v = g("userLicense")
                if v is None:
                    o.user_license = u
                    if "userLicense" not in d:
                        m += 1
                else:
                    o.user_license = License._tx_parse(v)
                v = g("renderUserLicense")
                if v is None:
                    o.render_user_license = u
                    if "renderUserLicense" not in d:
                        m += 1
                else:
                    o.render_user_license = v
                v = g("askCanSign")
                if v is None:
                    o.ask_can_sign = u
                    if "askCanSign" not in d:
                        m += 1
                else:
                    o.ask_can_sign = v
                v = g("askMarketingConsent")
                if v is None:
                    o.ask_marketing_consent = u
                    if "askMarketingConsent" not in d:
                        m += 1
                else:
                    o.ask_marketing_consent = v
                v = g("newTOSAlive")
                if v is None:
                    o.new_tos_alive = u
                    if "newTOSAlive" not in d:
                        m += 1
                else:
                    o.new_tos_alive = v
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
            ("render_dialog", "renderDialog"),
            ("company_license", "companyLicense"),
            ("render_company_license", "renderCompanyLicense"),
            ("user_license", "userLicense"),
            ("render_user_license", "renderUserLicense"),
            ("ask_can_sign", "askCanSign"),
            ("ask_marketing_consent", "askMarketingConsent"),
            ("new_tos_alive", "newTOSAlive"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.render_dialog
            o.render_dialog = u if v is None else v
            v = s.company_license
            o.company_license = u if v is None or v is u else License._tx_parse(v)
            v = s.render_company_license
            o.render_company_license = u if v is None else v
            v = s.user_license
            o.user_license = u if v is None or v is u else License._tx_parse(v)
            v = s.render_user_license
            o.render_user_license = u if v is None else v
            v = s.ask_can_sign
            o.ask_can_sign = u if v is None else v
            v = s.ask_marketing_consent
            o.ask_marketing_consent = u if v is None else v
            v = s.new_tos_alive
            o.new_tos_alive = u if v is None else v
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
