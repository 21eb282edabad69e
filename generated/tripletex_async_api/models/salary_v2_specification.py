from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_v2_specification_specification_type import SalaryV2SpecificationSpecificationType
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
    from ..models.api_validation_message import ApiValidationMessage
    from ..models.change import Change
    from ..models.department import Department
    from ..models.project import Project
    from ..models.salary_v2_payment import SalaryV2Payment
    from ..models.salary_v2_supplement import SalaryV2Supplement
    from ..models.salary_v2_type import SalaryV2Type


T = TypeVar("T", bound="SalaryV2Specification")


@_attrs_define
class SalaryV2Specification(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        specification_type (SalaryV2SpecificationSpecificationType | Unset): Type of specification; only TYPE_MANUAL are
            user create- and editable
        rate (float | Unset):
        count (float | Unset):
        project (Project | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        salary_type (SalaryV2Type | Unset):
        salary_payment (SalaryV2Payment | Unset):
        description (str | Unset):
        date (str | Unset): date
        year (int | Unset):
        month (int | Unset):
        amount (float | Unset):
        payment_amount (float | Unset):
        supplement (SalaryV2Supplement | Unset):
        external_changes_since_last_time (bool | Unset):
        cost_carrier_editable (bool | Unset):
        count_and_rate_editable (bool | Unset):
        salary_type_editable (bool | Unset):
        template_increment (bool | Unset):
        ref_year (int | Unset):
        free_car_spec (bool | Unset):
        union_spec (bool | Unset):
        validations (list[ApiValidationMessage] | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    specification_type: SalaryV2SpecificationSpecificationType | Unset = UNSET
    rate: float | Unset = UNSET
    count: float | Unset = UNSET
    project: Project | Unset = UNSET
    department: Department | Unset = UNSET
    salary_type: SalaryV2Type | Unset = UNSET
    salary_payment: SalaryV2Payment | Unset = UNSET
    description: str | Unset = UNSET
    date: str | Unset = UNSET
    year: int | Unset = UNSET
    month: int | Unset = UNSET
    amount: float | Unset = UNSET
    payment_amount: float | Unset = UNSET
    supplement: SalaryV2Supplement | Unset = UNSET
    external_changes_since_last_time: bool | Unset = UNSET
    cost_carrier_editable: bool | Unset = UNSET
    count_and_rate_editable: bool | Unset = UNSET
    salary_type_editable: bool | Unset = UNSET
    template_increment: bool | Unset = UNSET
    ref_year: int | Unset = UNSET
    free_car_spec: bool | Unset = UNSET
    union_spec: bool | Unset = UNSET
    validations: list[ApiValidationMessage] | Unset = UNSET
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
        _v = self.specification_type
        if _v is not UNSET:
            field_dict["specificationType"] = _v._value_
        _v = self.rate
        if _v is not UNSET:
            field_dict["rate"] = _v
        _v = self.count
        if _v is not UNSET:
            field_dict["count"] = _v
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.salary_type
        if _v is not UNSET:
            field_dict["salaryType"] = _v.to_dict()
        _v = self.salary_payment
        if _v is not UNSET:
            field_dict["salaryPayment"] = _v.to_dict()
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.month
        if _v is not UNSET:
            field_dict["month"] = _v
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.payment_amount
        if _v is not UNSET:
            field_dict["paymentAmount"] = _v
        _v = self.supplement
        if _v is not UNSET:
            field_dict["supplement"] = _v.to_dict()
        _v = self.external_changes_since_last_time
        if _v is not UNSET:
            field_dict["externalChangesSinceLastTime"] = _v
        _v = self.cost_carrier_editable
        if _v is not UNSET:
            field_dict["costCarrierEditable"] = _v
        _v = self.count_and_rate_editable
        if _v is not UNSET:
            field_dict["countAndRateEditable"] = _v
        _v = self.salary_type_editable
        if _v is not UNSET:
            field_dict["salaryTypeEditable"] = _v
        _v = self.template_increment
        if _v is not UNSET:
            field_dict["templateIncrement"] = _v
        _v = self.ref_year
        if _v is not UNSET:
            field_dict["refYear"] = _v
        _v = self.free_car_spec
        if _v is not UNSET:
            field_dict["freeCarSpec"] = _v
        _v = self.union_spec
        if _v is not UNSET:
            field_dict["unionSpec"] = _v
        _v = self.validations
        if _v is not UNSET and not _in_request:
            field_dict["validations"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Specification from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2Specification.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.api_validation_message import ApiValidationMessage  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.salary_v2_payment import SalaryV2Payment  # noqa: PLC0415
        from ..models.salary_v2_supplement import SalaryV2Supplement  # noqa: PLC0415
        from ..models.salary_v2_type import SalaryV2Type  # noqa: PLC0415

        _new = object.__new__
        _e_specification_type: dict[Any, Any] = enum_members(SalaryV2SpecificationSpecificationType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "specificationType",
                "rate",
                "count",
                "project",
                "department",
                "salaryType",
                "salaryPayment",
                "description",
                "date",
                "year",
                "month",
                "amount",
                "paymentAmount",
                "supplement",
                "externalChangesSinceLastTime",
                "costCarrierEditable",
                "countAndRateEditable",
                "salaryTypeEditable",
                "templateIncrement",
                "refYear",
                "freeCarSpec",
                "unionSpec",
                "validations",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "rate": "rate",
            "count": "count",
            "description": "description",
            "date": "date",
            "year": "year",
            "month": "month",
            "amount": "amount",
            "paymentAmount": "payment_amount",
            "externalChangesSinceLastTime": "external_changes_since_last_time",
            "costCarrierEditable": "cost_carrier_editable",
            "countAndRateEditable": "count_and_rate_editable",
            "salaryTypeEditable": "salary_type_editable",
            "templateIncrement": "template_increment",
            "refYear": "ref_year",
            "freeCarSpec": "free_car_spec",
            "unionSpec": "union_spec",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.specification_type = o.rate = o.count = o.project = (
                        o.department
                    ) = o.salary_type = o.salary_payment = o.description = o.date = o.year = o.month = o.amount = (
                        o.payment_amount
                    ) = o.supplement = o.external_changes_since_last_time = o.cost_carrier_editable = (
                        o.count_and_rate_editable
                    ) = o.salary_type_editable = o.template_increment = o.ref_year = o.free_car_spec = o.union_spec = (
                        o.validations
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 9 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.specification_type = o.rate = o.count = o.project = (
                        o.department
                    ) = o.salary_type = o.salary_payment = o.description = o.date = o.year = o.month = o.amount = (
                        o.payment_amount
                    ) = o.supplement = o.external_changes_since_last_time = o.cost_carrier_editable = (
                        o.count_and_rate_editable
                    ) = o.salary_type_editable = o.template_increment = o.ref_year = o.free_car_spec = o.union_spec = (
                        o.validations
                    ) = UNSET
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
                k = "specificationType"
                v = g("specificationType")
                if v is None:
                    o.specification_type = u
                    if "specificationType" not in d:
                        m += 1
                else:
                    o.specification_type = (
                        e_
                        if (e_ := _e_specification_type.get(v)) is not None
                        else enum_value(SalaryV2SpecificationSpecificationType, v)
                    )
                v = g("rate")
                if v is None:
                    o.rate = u
                    if "rate" not in d:
                        m += 1
                else:
                    o.rate = v
                v = g("count")
                if v is None:
                    o.count = u
                    if "count" not in d:
                        m += 1
                else:
                    o.count = v
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "salaryType"
                v = g("salaryType")
                if v is None:
                    o.salary_type = u
                    if "salaryType" not in d:
                        m += 1
                else:
                    o.salary_type = SalaryV2Type._tx_parse(v)
                k = "salaryPayment"
                v = g("salaryPayment")
                if v is None:
                    o.salary_payment = u
                    if "salaryPayment" not in d:
                        m += 1
                else:
                    o.salary_payment = SalaryV2Payment._tx_parse(v)
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("month")
                if v is None:
                    o.month = u
                    if "month" not in d:
                        m += 1
                else:
                    o.month = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("paymentAmount")
                if v is None:
                    o.payment_amount = u
                    if "paymentAmount" not in d:
                        m += 1
                else:
                    o.payment_amount = v
                k = "supplement"
                v = g("supplement")
                if v is None:
                    o.supplement = u
                    if "supplement" not in d:
                        m += 1
                else:
                    o.supplement = SalaryV2Supplement._tx_parse(v)
                v = g("externalChangesSinceLastTime")
                if v is None:
                    o.external_changes_since_last_time = u
                    if "externalChangesSinceLastTime" not in d:
                        m += 1
                else:
                    o.external_changes_since_last_time = v
                v = g("costCarrierEditable")
                if v is None:
                    o.cost_carrier_editable = u
                    if "costCarrierEditable" not in d:
                        m += 1
                else:
                    o.cost_carrier_editable = v
                v = g("countAndRateEditable")
                if v is None:
                    o.count_and_rate_editable = u
                    if "countAndRateEditable" not in d:
                        m += 1
                else:
                    o.count_and_rate_editable = v
                v = g("salaryTypeEditable")
                if v is None:
                    o.salary_type_editable = u
                    if "salaryTypeEditable" not in d:
                        m += 1
                else:
                    o.salary_type_editable = v
                v = g("templateIncrement")
                if v is None:
                    o.template_increment = u
                    if "templateIncrement" not in d:
                        m += 1
                else:
                    o.template_increment = v
                v = g("refYear")
                if v is None:
                    o.ref_year = u
                    if "refYear" not in d:
                        m += 1
                else:
                    o.ref_year = v
                v = g("freeCarSpec")
                if v is None:
                    o.free_car_spec = u
                    if "freeCarSpec" not in d:
                        m += 1
                else:
                    o.free_car_spec = v
                v = g("unionSpec")
                if v is None:
                    o.union_spec = u
                    if "unionSpec" not in d:
                        m += 1
                else:
                    o.union_spec = v
                k = "validations"
                v = g("validations")
                if v is None:
                    o.validations = u
                    if "validations" not in d:
                        m += 1
                else:
                    o.validations = (
                        ([ApiValidationMessage._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 27 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("specification_type", "specificationType"),
            ("rate", "rate"),
            ("count", "count"),
            ("project", "project"),
            ("department", "department"),
            ("salary_type", "salaryType"),
            ("salary_payment", "salaryPayment"),
            ("description", "description"),
            ("date", "date"),
            ("year", "year"),
            ("month", "month"),
            ("amount", "amount"),
            ("payment_amount", "paymentAmount"),
            ("supplement", "supplement"),
            ("external_changes_since_last_time", "externalChangesSinceLastTime"),
            ("cost_carrier_editable", "costCarrierEditable"),
            ("count_and_rate_editable", "countAndRateEditable"),
            ("salary_type_editable", "salaryTypeEditable"),
            ("template_increment", "templateIncrement"),
            ("ref_year", "refYear"),
            ("free_car_spec", "freeCarSpec"),
            ("union_spec", "unionSpec"),
            ("validations", "validations"),
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
            v = s.specification_type
            o.specification_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_specification_type.get(v)) is not None
                else enum_value(SalaryV2SpecificationSpecificationType, v)
            )
            v = s.rate
            o.rate = u if v is None else v
            v = s.count
            o.count = u if v is None else v
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.salary_type
            o.salary_type = u if v is None or v is u else SalaryV2Type._tx_parse(v)
            v = s.salary_payment
            o.salary_payment = u if v is None or v is u else SalaryV2Payment._tx_parse(v)
            v = s.description
            o.description = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.month
            o.month = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.payment_amount
            o.payment_amount = u if v is None else v
            v = s.supplement
            o.supplement = u if v is None or v is u else SalaryV2Supplement._tx_parse(v)
            v = s.external_changes_since_last_time
            o.external_changes_since_last_time = u if v is None else v
            v = s.cost_carrier_editable
            o.cost_carrier_editable = u if v is None else v
            v = s.count_and_rate_editable
            o.count_and_rate_editable = u if v is None else v
            v = s.salary_type_editable
            o.salary_type_editable = u if v is None else v
            v = s.template_increment
            o.template_increment = u if v is None else v
            v = s.ref_year
            o.ref_year = u if v is None else v
            v = s.free_car_spec
            o.free_car_spec = u if v is None else v
            v = s.union_spec
            o.union_spec = u if v is None else v
            v = s.validations
            o.validations = (
                u
                if v is None or v is u
                else ([ApiValidationMessage._tx_parse(e) for e in v if e is not None] if v else [])
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
