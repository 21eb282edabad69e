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
    from ..models.change import Change
    from ..models.sales_force_address import SalesForceAddress


T = TypeVar("T", bound="SalesForceEmployee")


@_attrs_define
class SalesForceEmployee(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        phone_number_mobile (str | Unset):
        phone_number_home (str | Unset):
        phone_number_work (str | Unset):
        user_id (int | Unset):
        company_id (int | Unset):
        customer_id (int | Unset):
        phone_number_sms_certified (str | Unset):
        is_user_administrator (bool | Unset):
        is_account_administrator (bool | Unset):
        allow_login (bool | Unset):
        is_external (bool | Unset):
        is_tripletex_certified (bool | Unset):
        is_default_login (bool | Unset):
        login_end_date (str | Unset): Login end date
        address (SalesForceAddress | Unset):
        is_marketing_consent (bool | Unset):
        is_app_user (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    phone_number_home: str | Unset = UNSET
    phone_number_work: str | Unset = UNSET
    user_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    phone_number_sms_certified: str | Unset = UNSET
    is_user_administrator: bool | Unset = UNSET
    is_account_administrator: bool | Unset = UNSET
    allow_login: bool | Unset = UNSET
    is_external: bool | Unset = UNSET
    is_tripletex_certified: bool | Unset = UNSET
    is_default_login: bool | Unset = UNSET
    login_end_date: str | Unset = UNSET
    address: SalesForceAddress | Unset = UNSET
    is_marketing_consent: bool | Unset = UNSET
    is_app_user: bool | Unset = UNSET
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
        _v = self.first_name
        if _v is not UNSET and not _in_request:
            field_dict["firstName"] = _v
        _v = self.last_name
        if _v is not UNSET and not _in_request:
            field_dict["lastName"] = _v
        _v = self.email
        if _v is not UNSET and not _in_request:
            field_dict["email"] = _v
        _v = self.phone_number_mobile
        if _v is not UNSET and not _in_request:
            field_dict["phoneNumberMobile"] = _v
        _v = self.phone_number_home
        if _v is not UNSET and not _in_request:
            field_dict["phoneNumberHome"] = _v
        _v = self.phone_number_work
        if _v is not UNSET and not _in_request:
            field_dict["phoneNumberWork"] = _v
        _v = self.user_id
        if _v is not UNSET and not _in_request:
            field_dict["userId"] = _v
        _v = self.company_id
        if _v is not UNSET and not _in_request:
            field_dict["companyId"] = _v
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.phone_number_sms_certified
        if _v is not UNSET and not _in_request:
            field_dict["phoneNumberSmsCertified"] = _v
        _v = self.is_user_administrator
        if _v is not UNSET and not _in_request:
            field_dict["isUserAdministrator"] = _v
        _v = self.is_account_administrator
        if _v is not UNSET and not _in_request:
            field_dict["isAccountAdministrator"] = _v
        _v = self.allow_login
        if _v is not UNSET and not _in_request:
            field_dict["allowLogin"] = _v
        _v = self.is_external
        if _v is not UNSET and not _in_request:
            field_dict["isExternal"] = _v
        _v = self.is_tripletex_certified
        if _v is not UNSET and not _in_request:
            field_dict["isTripletexCertified"] = _v
        _v = self.is_default_login
        if _v is not UNSET and not _in_request:
            field_dict["isDefaultLogin"] = _v
        _v = self.login_end_date
        if _v is not UNSET and not _in_request:
            field_dict["loginEndDate"] = _v
        _v = self.address
        if _v is not UNSET:
            field_dict["address"] = _v.to_dict()
        _v = self.is_marketing_consent
        if _v is not UNSET and not _in_request:
            field_dict["isMarketingConsent"] = _v
        _v = self.is_app_user
        if _v is not UNSET and not _in_request:
            field_dict["isAppUser"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalesForceEmployee from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalesForceEmployee.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.sales_force_address import SalesForceAddress  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "firstName",
                "lastName",
                "email",
                "phoneNumberMobile",
                "phoneNumberHome",
                "phoneNumberWork",
                "userId",
                "companyId",
                "customerId",
                "phoneNumberSmsCertified",
                "isUserAdministrator",
                "isAccountAdministrator",
                "allowLogin",
                "isExternal",
                "isTripletexCertified",
                "isDefaultLogin",
                "loginEndDate",
                "address",
                "isMarketingConsent",
                "isAppUser",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "firstName": "first_name",
            "lastName": "last_name",
            "email": "email",
            "phoneNumberMobile": "phone_number_mobile",
            "phoneNumberHome": "phone_number_home",
            "phoneNumberWork": "phone_number_work",
            "userId": "user_id",
            "companyId": "company_id",
            "customerId": "customer_id",
            "phoneNumberSmsCertified": "phone_number_sms_certified",
            "isUserAdministrator": "is_user_administrator",
            "isAccountAdministrator": "is_account_administrator",
            "allowLogin": "allow_login",
            "isExternal": "is_external",
            "isTripletexCertified": "is_tripletex_certified",
            "isDefaultLogin": "is_default_login",
            "loginEndDate": "login_end_date",
            "isMarketingConsent": "is_marketing_consent",
            "isAppUser": "is_app_user",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.first_name = o.last_name = o.email = (
                        o.phone_number_mobile
                    ) = o.phone_number_home = o.phone_number_work = o.user_id = o.company_id = o.customer_id = (
                        o.phone_number_sms_certified
                    ) = o.is_user_administrator = o.is_account_administrator = o.allow_login = o.is_external = (
                        o.is_tripletex_certified
                    ) = o.is_default_login = o.login_end_date = o.address = o.is_marketing_consent = o.is_app_user = (
                        UNSET
                    )
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 8 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.first_name = o.last_name = o.email = (
                        o.phone_number_mobile
                    ) = o.phone_number_home = o.phone_number_work = o.user_id = o.company_id = o.customer_id = (
                        o.phone_number_sms_certified
                    ) = o.is_user_administrator = o.is_account_administrator = o.allow_login = o.is_external = (
                        o.is_tripletex_certified
                    ) = o.is_default_login = o.login_end_date = o.address = o.is_marketing_consent = o.is_app_user = (
                        UNSET
                    )
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
                v = g("firstName")
                if v is None:
                    o.first_name = u
                    if "firstName" not in d:
                        m += 1
                else:
                    o.first_name = v
                v = g("lastName")
                if v is None:
                    o.last_name = u
                    if "lastName" not in d:
                        m += 1
                else:
                    o.last_name = v
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("phoneNumberMobile")
                if v is None:
                    o.phone_number_mobile = u
                    if "phoneNumberMobile" not in d:
                        m += 1
                else:
                    o.phone_number_mobile = v
                v = g("phoneNumberHome")
                if v is None:
                    o.phone_number_home = u
                    if "phoneNumberHome" not in d:
                        m += 1
                else:
                    o.phone_number_home = v
                v = g("phoneNumberWork")
                if v is None:
                    o.phone_number_work = u
                    if "phoneNumberWork" not in d:
                        m += 1
                else:
                    o.phone_number_work = v
                v = g("userId")
                if v is None:
                    o.user_id = u
                    if "userId" not in d:
                        m += 1
                else:
                    o.user_id = v
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("phoneNumberSmsCertified")
                if v is None:
                    o.phone_number_sms_certified = u
                    if "phoneNumberSmsCertified" not in d:
                        m += 1
                else:
                    o.phone_number_sms_certified = v
                v = g("isUserAdministrator")
                if v is None:
                    o.is_user_administrator = u
                    if "isUserAdministrator" not in d:
                        m += 1
                else:
                    o.is_user_administrator = v
                v = g("isAccountAdministrator")
                if v is None:
                    o.is_account_administrator = u
                    if "isAccountAdministrator" not in d:
                        m += 1
                else:
                    o.is_account_administrator = v
                v = g("allowLogin")
                if v is None:
                    o.allow_login = u
                    if "allowLogin" not in d:
                        m += 1
                else:
                    o.allow_login = v
                v = g("isExternal")
                if v is None:
                    o.is_external = u
                    if "isExternal" not in d:
                        m += 1
                else:
                    o.is_external = v
                v = g("isTripletexCertified")
                if v is None:
                    o.is_tripletex_certified = u
                    if "isTripletexCertified" not in d:
                        m += 1
                else:
                    o.is_tripletex_certified = v
                v = g("isDefaultLogin")
                if v is None:
                    o.is_default_login = u
                    if "isDefaultLogin" not in d:
                        m += 1
                else:
                    o.is_default_login = v
                v = g("loginEndDate")
                if v is None:
                    o.login_end_date = u
                    if "loginEndDate" not in d:
                        m += 1
                else:
                    o.login_end_date = v
                k = "address"
                v = g("address")
                if v is None:
                    o.address = u
                    if "address" not in d:
                        m += 1
                else:
                    o.address = SalesForceAddress._tx_parse(v)
                v = g("isMarketingConsent")
                if v is None:
                    o.is_marketing_consent = u
                    if "isMarketingConsent" not in d:
                        m += 1
                else:
                    o.is_marketing_consent = v
                v = g("isAppUser")
                if v is None:
                    o.is_app_user = u
                    if "isAppUser" not in d:
                        m += 1
                else:
                    o.is_app_user = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 24 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("first_name", "firstName"),
            ("last_name", "lastName"),
            ("email", "email"),
            ("phone_number_mobile", "phoneNumberMobile"),
            ("phone_number_home", "phoneNumberHome"),
            ("phone_number_work", "phoneNumberWork"),
            ("user_id", "userId"),
            ("company_id", "companyId"),
            ("customer_id", "customerId"),
            ("phone_number_sms_certified", "phoneNumberSmsCertified"),
            ("is_user_administrator", "isUserAdministrator"),
            ("is_account_administrator", "isAccountAdministrator"),
            ("allow_login", "allowLogin"),
            ("is_external", "isExternal"),
            ("is_tripletex_certified", "isTripletexCertified"),
            ("is_default_login", "isDefaultLogin"),
            ("login_end_date", "loginEndDate"),
            ("address", "address"),
            ("is_marketing_consent", "isMarketingConsent"),
            ("is_app_user", "isAppUser"),
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
            v = s.first_name
            o.first_name = u if v is None else v
            v = s.last_name
            o.last_name = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.phone_number_mobile
            o.phone_number_mobile = u if v is None else v
            v = s.phone_number_home
            o.phone_number_home = u if v is None else v
            v = s.phone_number_work
            o.phone_number_work = u if v is None else v
            v = s.user_id
            o.user_id = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.phone_number_sms_certified
            o.phone_number_sms_certified = u if v is None else v
            v = s.is_user_administrator
            o.is_user_administrator = u if v is None else v
            v = s.is_account_administrator
            o.is_account_administrator = u if v is None else v
            v = s.allow_login
            o.allow_login = u if v is None else v
            v = s.is_external
            o.is_external = u if v is None else v
            v = s.is_tripletex_certified
            o.is_tripletex_certified = u if v is None else v
            v = s.is_default_login
            o.is_default_login = u if v is None else v
            v = s.login_end_date
            o.login_end_date = u if v is None else v
            v = s.address
            o.address = u if v is None or v is u else SalesForceAddress._tx_parse(v)
            v = s.is_marketing_consent
            o.is_marketing_consent = u if v is None else v
            v = s.is_app_user
            o.is_app_user = u if v is None else v
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
