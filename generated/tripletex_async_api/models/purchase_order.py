from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_order_line_sorting import PurchaseOrderOrderLineSorting
from ..models.purchase_order_status import PurchaseOrderStatus
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
    from ..models.address import Address
    from ..models.change import Change
    from ..models.currency import Currency
    from ..models.department import Department
    from ..models.document import Document
    from ..models.employee import Employee
    from ..models.pickup_point import PickupPoint
    from ..models.project import Project
    from ..models.purchase_orderline import PurchaseOrderline
    from ..models.supplier import Supplier
    from ..models.transport_type import TransportType


T = TypeVar("T", bound="PurchaseOrder")


@_attrs_define
class PurchaseOrder(Model):
    """The purchase order to attach the orderline.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        number (str | Unset): Purchase order number - read only
        receiver_email (str | Unset): Email when purchase order is send by email.
        discount (float | Unset): Discount Percentage
        internal_comment (str | Unset):
        packing_note_message (str | Unset): Message on packing note.Wholesaler specific.
        transporter_message (str | Unset): Message to transporter.Wholesaler specific.
        comments (str | Unset): Delivery information and invoice comments
        supplier (Supplier | Unset):
        delivery_date (str | Unset):
        received_date (str | Unset):
        order_lines (list[PurchaseOrderline] | Unset): Order lines tied to the purchase order
        project (Project | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        delivery_address (Address | Unset): Address tied to the employee
        creation_date (str | Unset):
        is_closed (bool | Unset):
        our_contact (Employee | Unset):
        supplier_contact (Employee | Unset):
        attention (Employee | Unset):
        status (PurchaseOrderStatus | Unset):
        currency (Currency | Unset):
        restorder (PurchaseOrder | Unset): The purchase order to attach the orderline.
        transport_type (TransportType | Unset):
        pickup_point (PickupPoint | Unset): Pickup point, wholesaler specific
        document (Document | Unset): [BETA] Attachments belonging to this order
        attachment (Document | Unset): [BETA] Attachments belonging to this order
        edi_document (Document | Unset): [BETA] Attachments belonging to this order
        last_sent_timestamp (str | Unset):
        last_sent_employee_name (str | Unset):
        has_wholesaler_export_user (bool | Unset): This field is relevant only if the supplier is a wholesaler. It
            indicates whether the wholesaler's export user is set. Available only on demand.
        order_line_sorting (PurchaseOrderOrderLineSorting | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    number: str | Unset = UNSET
    receiver_email: str | Unset = UNSET
    discount: float | Unset = UNSET
    internal_comment: str | Unset = UNSET
    packing_note_message: str | Unset = UNSET
    transporter_message: str | Unset = UNSET
    comments: str | Unset = UNSET
    supplier: Supplier | Unset = UNSET
    delivery_date: str | Unset = UNSET
    received_date: str | Unset = UNSET
    order_lines: list[PurchaseOrderline] | Unset = UNSET
    project: Project | Unset = UNSET
    department: Department | Unset = UNSET
    delivery_address: Address | Unset = UNSET
    creation_date: str | Unset = UNSET
    is_closed: bool | Unset = UNSET
    our_contact: Employee | Unset = UNSET
    supplier_contact: Employee | Unset = UNSET
    attention: Employee | Unset = UNSET
    status: PurchaseOrderStatus | Unset = UNSET
    currency: Currency | Unset = UNSET
    restorder: PurchaseOrder | Unset = UNSET
    transport_type: TransportType | Unset = UNSET
    pickup_point: PickupPoint | Unset = UNSET
    document: Document | Unset = UNSET
    attachment: Document | Unset = UNSET
    edi_document: Document | Unset = UNSET
    last_sent_timestamp: str | Unset = UNSET
    last_sent_employee_name: str | Unset = UNSET
    has_wholesaler_export_user: bool | Unset = UNSET
    order_line_sorting: PurchaseOrderOrderLineSorting | Unset = UNSET
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
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.receiver_email
        if _v is not UNSET:
            field_dict["receiverEmail"] = _v
        _v = self.discount
        if _v is not UNSET:
            field_dict["discount"] = _v
        _v = self.internal_comment
        if _v is not UNSET:
            field_dict["internalComment"] = _v
        _v = self.packing_note_message
        if _v is not UNSET:
            field_dict["packingNoteMessage"] = _v
        _v = self.transporter_message
        if _v is not UNSET:
            field_dict["transporterMessage"] = _v
        _v = self.comments
        if _v is not UNSET:
            field_dict["comments"] = _v
        _v = self.supplier
        if _v is not UNSET:
            field_dict["supplier"] = _v.to_dict()
        _v = self.delivery_date
        if _v is not UNSET:
            field_dict["deliveryDate"] = _v
        _v = self.received_date
        if _v is not UNSET:
            field_dict["receivedDate"] = _v
        _v = self.order_lines
        if _v is not UNSET and not _in_request:
            field_dict["orderLines"] = [_e.to_dict() for _e in _v]
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.delivery_address
        if _v is not UNSET:
            field_dict["deliveryAddress"] = _v.to_dict()
        _v = self.creation_date
        if _v is not UNSET:
            field_dict["creationDate"] = _v
        _v = self.is_closed
        if _v is not UNSET:
            field_dict["isClosed"] = _v
        _v = self.our_contact
        if _v is not UNSET:
            field_dict["ourContact"] = _v.to_dict()
        _v = self.supplier_contact
        if _v is not UNSET:
            field_dict["supplierContact"] = _v.to_dict()
        _v = self.attention
        if _v is not UNSET:
            field_dict["attention"] = _v.to_dict()
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.restorder
        if _v is not UNSET:
            field_dict["restorder"] = _v.to_dict()
        _v = self.transport_type
        if _v is not UNSET:
            field_dict["transportType"] = _v.to_dict()
        _v = self.pickup_point
        if _v is not UNSET:
            field_dict["pickupPoint"] = _v.to_dict()
        _v = self.document
        if _v is not UNSET:
            field_dict["document"] = _v.to_dict()
        _v = self.attachment
        if _v is not UNSET:
            field_dict["attachment"] = _v.to_dict()
        _v = self.edi_document
        if _v is not UNSET:
            field_dict["ediDocument"] = _v.to_dict()
        _v = self.last_sent_timestamp
        if _v is not UNSET:
            field_dict["lastSentTimestamp"] = _v
        _v = self.last_sent_employee_name
        if _v is not UNSET:
            field_dict["lastSentEmployeeName"] = _v
        _v = self.has_wholesaler_export_user
        if _v is not UNSET and not _in_request:
            field_dict["hasWholesalerExportUser"] = _v
        _v = self.order_line_sorting
        if _v is not UNSET:
            field_dict["orderLineSorting"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PurchaseOrder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PurchaseOrder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.pickup_point import PickupPoint  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.purchase_orderline import PurchaseOrderline  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
        from ..models.transport_type import TransportType  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(PurchaseOrderStatus)
        _e_order_line_sorting: dict[Any, Any] = enum_members(PurchaseOrderOrderLineSorting)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "number",
                "receiverEmail",
                "discount",
                "internalComment",
                "packingNoteMessage",
                "transporterMessage",
                "comments",
                "supplier",
                "deliveryDate",
                "receivedDate",
                "orderLines",
                "project",
                "department",
                "deliveryAddress",
                "creationDate",
                "isClosed",
                "ourContact",
                "supplierContact",
                "attention",
                "status",
                "currency",
                "restorder",
                "transportType",
                "pickupPoint",
                "document",
                "attachment",
                "ediDocument",
                "lastSentTimestamp",
                "lastSentEmployeeName",
                "hasWholesalerExportUser",
                "orderLineSorting",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "number": "number",
            "receiverEmail": "receiver_email",
            "discount": "discount",
            "internalComment": "internal_comment",
            "packingNoteMessage": "packing_note_message",
            "transporterMessage": "transporter_message",
            "comments": "comments",
            "deliveryDate": "delivery_date",
            "receivedDate": "received_date",
            "creationDate": "creation_date",
            "isClosed": "is_closed",
            "lastSentTimestamp": "last_sent_timestamp",
            "lastSentEmployeeName": "last_sent_employee_name",
            "hasWholesalerExportUser": "has_wholesaler_export_user",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.number = o.receiver_email = o.discount = (
                        o.internal_comment
                    ) = o.packing_note_message = o.transporter_message = o.comments = o.supplier = o.delivery_date = (
                        o.received_date
                    ) = o.order_lines = o.project = o.department = o.delivery_address = o.creation_date = (
                        o.is_closed
                    ) = o.our_contact = o.supplier_contact = o.attention = o.status = o.currency = o.restorder = (
                        o.transport_type
                    ) = o.pickup_point = o.document = o.attachment = o.edi_document = o.last_sent_timestamp = (
                        o.last_sent_employee_name
                    ) = o.has_wholesaler_export_user = o.order_line_sorting = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.number = o.receiver_email = o.discount = (
                        o.internal_comment
                    ) = o.packing_note_message = o.transporter_message = o.comments = o.supplier = o.delivery_date = (
                        o.received_date
                    ) = o.order_lines = o.project = o.department = o.delivery_address = o.creation_date = (
                        o.is_closed
                    ) = o.our_contact = o.supplier_contact = o.attention = o.status = o.currency = o.restorder = (
                        o.transport_type
                    ) = o.pickup_point = o.document = o.attachment = o.edi_document = o.last_sent_timestamp = (
                        o.last_sent_employee_name
                    ) = o.has_wholesaler_export_user = o.order_line_sorting = UNSET
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
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("receiverEmail")
                if v is None:
                    o.receiver_email = u
                    if "receiverEmail" not in d:
                        m += 1
                else:
                    o.receiver_email = v
                v = g("discount")
                if v is None:
                    o.discount = u
                    if "discount" not in d:
                        m += 1
                else:
                    o.discount = v
                v = g("internalComment")
                if v is None:
                    o.internal_comment = u
                    if "internalComment" not in d:
                        m += 1
                else:
                    o.internal_comment = v
                v = g("packingNoteMessage")
                if v is None:
                    o.packing_note_message = u
                    if "packingNoteMessage" not in d:
                        m += 1
                else:
                    o.packing_note_message = v
                v = g("transporterMessage")
                if v is None:
                    o.transporter_message = u
                    if "transporterMessage" not in d:
                        m += 1
                else:
                    o.transporter_message = v
                v = g("comments")
                if v is None:
                    o.comments = u
                    if "comments" not in d:
                        m += 1
                else:
                    o.comments = v
                k = "supplier"
                v = g("supplier")
                if v is None:
                    o.supplier = u
                    if "supplier" not in d:
                        m += 1
                else:
                    o.supplier = Supplier._tx_parse(v)
                v = g("deliveryDate")
                if v is None:
                    o.delivery_date = u
                    if "deliveryDate" not in d:
                        m += 1
                else:
                    o.delivery_date = v
                v = g("receivedDate")
                if v is None:
                    o.received_date = u
                    if "receivedDate" not in d:
                        m += 1
                else:
                    o.received_date = v
                k = "orderLines"
                v = g("orderLines")
                if v is None:
                    o.order_lines = u
                    if "orderLines" not in d:
                        m += 1
                else:
                    o.order_lines = (
                        ([PurchaseOrderline._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
                k = "deliveryAddress"
                v = g("deliveryAddress")
                if v is None:
                    o.delivery_address = u
                    if "deliveryAddress" not in d:
                        m += 1
                else:
                    o.delivery_address = Address._tx_parse(v)
                v = g("creationDate")
                if v is None:
                    o.creation_date = u
                    if "creationDate" not in d:
                        m += 1
                else:
                    o.creation_date = v
                v = g("isClosed")
                if v is None:
                    o.is_closed = u
                    if "isClosed" not in d:
                        m += 1
                else:
                    o.is_closed = v
                k = "ourContact"
                v = g("ourContact")
                if v is None:
                    o.our_contact = u
                    if "ourContact" not in d:
                        m += 1
                else:
                    o.our_contact = Employee._tx_parse(v)
                k = "supplierContact"
                v = g("supplierContact")
                if v is None:
                    o.supplier_contact = u
                    if "supplierContact" not in d:
                        m += 1
                else:
                    o.supplier_contact = Employee._tx_parse(v)
                k = "attention"
                v = g("attention")
                if v is None:
                    o.attention = u
                    if "attention" not in d:
                        m += 1
                else:
                    o.attention = Employee._tx_parse(v)
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(PurchaseOrderStatus, v)
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                k = "restorder"
                v = g("restorder")
                if v is None:
                    o.restorder = u
                    if "restorder" not in d:
                        m += 1
                else:
                    o.restorder = PurchaseOrder._tx_parse(v)
                k = "transportType"
                v = g("transportType")
                if v is None:
                    o.transport_type = u
                    if "transportType" not in d:
                        m += 1
                else:
                    o.transport_type = TransportType._tx_parse(v)
                k = "pickupPoint"
                v = g("pickupPoint")
                if v is None:
                    o.pickup_point = u
                    if "pickupPoint" not in d:
                        m += 1
                else:
                    o.pickup_point = PickupPoint._tx_parse(v)
                k = "document"
                v = g("document")
                if v is None:
                    o.document = u
                    if "document" not in d:
                        m += 1
                else:
                    o.document = Document._tx_parse(v)
                k = "attachment"
                v = g("attachment")
                if v is None:
                    o.attachment = u
                    if "attachment" not in d:
                        m += 1
                else:
                    o.attachment = Document._tx_parse(v)
                k = "ediDocument"
                v = g("ediDocument")
                if v is None:
                    o.edi_document = u
                    if "ediDocument" not in d:
                        m += 1
                else:
                    o.edi_document = Document._tx_parse(v)
                v = g("lastSentTimestamp")
                if v is None:
                    o.last_sent_timestamp = u
                    if "lastSentTimestamp" not in d:
                        m += 1
                else:
                    o.last_sent_timestamp = v
                v = g("lastSentEmployeeName")
                if v is None:
                    o.last_sent_employee_name = u
                    if "lastSentEmployeeName" not in d:
                        m += 1
                else:
                    o.last_sent_employee_name = v
                v = g("hasWholesalerExportUser")
                if v is None:
                    o.has_wholesaler_export_user = u
                    if "hasWholesalerExportUser" not in d:
                        m += 1
                else:
                    o.has_wholesaler_export_user = v
                k = "orderLineSorting"
                v = g("orderLineSorting")
                if v is None:
                    o.order_line_sorting = u
                    if "orderLineSorting" not in d:
                        m += 1
                else:
                    o.order_line_sorting = (
                        e_
                        if (e_ := _e_order_line_sorting.get(v)) is not None
                        else enum_value(PurchaseOrderOrderLineSorting, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 35 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("number", "number"),
            ("receiver_email", "receiverEmail"),
            ("discount", "discount"),
            ("internal_comment", "internalComment"),
            ("packing_note_message", "packingNoteMessage"),
            ("transporter_message", "transporterMessage"),
            ("comments", "comments"),
            ("supplier", "supplier"),
            ("delivery_date", "deliveryDate"),
            ("received_date", "receivedDate"),
            ("order_lines", "orderLines"),
            ("project", "project"),
            ("department", "department"),
            ("delivery_address", "deliveryAddress"),
            ("creation_date", "creationDate"),
            ("is_closed", "isClosed"),
            ("our_contact", "ourContact"),
            ("supplier_contact", "supplierContact"),
            ("attention", "attention"),
            ("status", "status"),
            ("currency", "currency"),
            ("restorder", "restorder"),
            ("transport_type", "transportType"),
            ("pickup_point", "pickupPoint"),
            ("document", "document"),
            ("attachment", "attachment"),
            ("edi_document", "ediDocument"),
            ("last_sent_timestamp", "lastSentTimestamp"),
            ("last_sent_employee_name", "lastSentEmployeeName"),
            ("has_wholesaler_export_user", "hasWholesalerExportUser"),
            ("order_line_sorting", "orderLineSorting"),
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
            v = s.number
            o.number = u if v is None else v
            v = s.receiver_email
            o.receiver_email = u if v is None else v
            v = s.discount
            o.discount = u if v is None else v
            v = s.internal_comment
            o.internal_comment = u if v is None else v
            v = s.packing_note_message
            o.packing_note_message = u if v is None else v
            v = s.transporter_message
            o.transporter_message = u if v is None else v
            v = s.comments
            o.comments = u if v is None else v
            v = s.supplier
            o.supplier = u if v is None or v is u else Supplier._tx_parse(v)
            v = s.delivery_date
            o.delivery_date = u if v is None else v
            v = s.received_date
            o.received_date = u if v is None else v
            v = s.order_lines
            o.order_lines = (
                u
                if v is None or v is u
                else ([PurchaseOrderline._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.delivery_address
            o.delivery_address = u if v is None or v is u else Address._tx_parse(v)
            v = s.creation_date
            o.creation_date = u if v is None else v
            v = s.is_closed
            o.is_closed = u if v is None else v
            v = s.our_contact
            o.our_contact = u if v is None or v is u else Employee._tx_parse(v)
            v = s.supplier_contact
            o.supplier_contact = u if v is None or v is u else Employee._tx_parse(v)
            v = s.attention
            o.attention = u if v is None or v is u else Employee._tx_parse(v)
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(PurchaseOrderStatus, v)
            )
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.restorder
            o.restorder = u if v is None or v is u else PurchaseOrder._tx_parse(v)
            v = s.transport_type
            o.transport_type = u if v is None or v is u else TransportType._tx_parse(v)
            v = s.pickup_point
            o.pickup_point = u if v is None or v is u else PickupPoint._tx_parse(v)
            v = s.document
            o.document = u if v is None or v is u else Document._tx_parse(v)
            v = s.attachment
            o.attachment = u if v is None or v is u else Document._tx_parse(v)
            v = s.edi_document
            o.edi_document = u if v is None or v is u else Document._tx_parse(v)
            v = s.last_sent_timestamp
            o.last_sent_timestamp = u if v is None else v
            v = s.last_sent_employee_name
            o.last_sent_employee_name = u if v is None else v
            v = s.has_wholesaler_export_user
            o.has_wholesaler_export_user = u if v is None else v
            v = s.order_line_sorting
            o.order_line_sorting = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_order_line_sorting.get(v)) is not None
                else enum_value(PurchaseOrderOrderLineSorting, v)
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
