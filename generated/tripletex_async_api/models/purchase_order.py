from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_order_line_sorting import PurchaseOrderOrderLineSorting
from ..models.purchase_order_status import PurchaseOrderStatus
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
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


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("supplier", dict, False),
    ("orderLines", list, False),
    ("project", dict, False),
    ("department", dict, False),
    ("deliveryAddress", dict, False),
    ("ourContact", dict, False),
    ("supplierContact", dict, False),
    ("attention", dict, False),
    ("status", str, False),
    ("currency", dict, False),
    ("restorder", dict, False),
    ("transportType", dict, False),
    ("pickupPoint", dict, False),
    ("document", dict, False),
    ("attachment", dict, False),
    ("ediDocument", dict, False),
    ("orderLineSorting", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class PurchaseOrder(LazyModel):
    """The purchase order to attach the orderline.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
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
        order_lines (list[PurchaseOrderline] | Unset): [read-only] Order lines tied to the purchase order
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
        has_wholesaler_export_user (bool | Unset): [read-only] This field is relevant only if the supplier is a
            wholesaler. It indicates whether the wholesaler's export user is set. Available only on demand.
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        number = self.number

        receiver_email = self.receiver_email

        discount = self.discount

        internal_comment = self.internal_comment

        packing_note_message = self.packing_note_message

        transporter_message = self.transporter_message

        comments = self.comments

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        delivery_date = self.delivery_date

        received_date = self.received_date

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        creation_date = self.creation_date

        is_closed = self.is_closed

        our_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.our_contact, Unset):
            our_contact = self.our_contact.to_dict()

        supplier_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_contact, Unset):
            supplier_contact = self.supplier_contact.to_dict()

        attention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attention, Unset):
            attention = self.attention.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        restorder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restorder, Unset):
            restorder = self.restorder.to_dict()

        transport_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transport_type, Unset):
            transport_type = self.transport_type.to_dict()

        pickup_point: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pickup_point, Unset):
            pickup_point = self.pickup_point.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        edi_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edi_document, Unset):
            edi_document = self.edi_document.to_dict()

        last_sent_timestamp = self.last_sent_timestamp

        last_sent_employee_name = self.last_sent_employee_name

        has_wholesaler_export_user = self.has_wholesaler_export_user

        order_line_sorting: str | Unset = UNSET
        if not isinstance(self.order_line_sorting, Unset):
            order_line_sorting = self.order_line_sorting.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if number is not UNSET:
            field_dict["number"] = number
        if receiver_email is not UNSET:
            field_dict["receiverEmail"] = receiver_email
        if discount is not UNSET:
            field_dict["discount"] = discount
        if internal_comment is not UNSET:
            field_dict["internalComment"] = internal_comment
        if packing_note_message is not UNSET:
            field_dict["packingNoteMessage"] = packing_note_message
        if transporter_message is not UNSET:
            field_dict["transporterMessage"] = transporter_message
        if comments is not UNSET:
            field_dict["comments"] = comments
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if received_date is not UNSET:
            field_dict["receivedDate"] = received_date
        if order_lines is not UNSET and not _in_request:
            field_dict["orderLines"] = order_lines
        if project is not UNSET:
            field_dict["project"] = project
        if department is not UNSET:
            field_dict["department"] = department
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if is_closed is not UNSET:
            field_dict["isClosed"] = is_closed
        if our_contact is not UNSET:
            field_dict["ourContact"] = our_contact
        if supplier_contact is not UNSET:
            field_dict["supplierContact"] = supplier_contact
        if attention is not UNSET:
            field_dict["attention"] = attention
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if restorder is not UNSET:
            field_dict["restorder"] = restorder
        if transport_type is not UNSET:
            field_dict["transportType"] = transport_type
        if pickup_point is not UNSET:
            field_dict["pickupPoint"] = pickup_point
        if document is not UNSET:
            field_dict["document"] = document
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if edi_document is not UNSET:
            field_dict["ediDocument"] = edi_document
        if last_sent_timestamp is not UNSET:
            field_dict["lastSentTimestamp"] = last_sent_timestamp
        if last_sent_employee_name is not UNSET:
            field_dict["lastSentEmployeeName"] = last_sent_employee_name
        if has_wholesaler_export_user is not UNSET and not _in_request:
            field_dict["hasWholesalerExportUser"] = has_wholesaler_export_user
        if order_line_sorting is not UNSET:
            field_dict["orderLineSorting"] = order_line_sorting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PurchaseOrder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_supplier(_tx_v: Any) -> Supplier | Unset:
            _supplier = _tx_v
            supplier: Supplier | Unset
            if isinstance(_supplier, Unset):
                supplier = UNSET
            else:
                supplier = Supplier._tx_from_json(_supplier)

            return supplier

        def _p_order_lines(_tx_v: Any) -> list[PurchaseOrderline] | Unset:
            _order_lines = _tx_v
            order_lines: list[PurchaseOrderline] | Unset = UNSET
            if _order_lines is not UNSET:
                order_lines = []
                for order_lines_item_data in _order_lines:
                    if order_lines_item_data is None:
                        continue
                    order_lines_item = PurchaseOrderline._tx_from_json(order_lines_item_data)

                    order_lines.append(order_lines_item)

            return order_lines

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_delivery_address(_tx_v: Any) -> Address | Unset:
            _delivery_address = _tx_v
            delivery_address: Address | Unset
            if isinstance(_delivery_address, Unset):
                delivery_address = UNSET
            else:
                delivery_address = Address._tx_from_json(_delivery_address)

            return delivery_address

        def _p_our_contact(_tx_v: Any) -> Employee | Unset:
            _our_contact = _tx_v
            our_contact: Employee | Unset
            if isinstance(_our_contact, Unset):
                our_contact = UNSET
            else:
                our_contact = Employee._tx_from_json(_our_contact)

            return our_contact

        def _p_supplier_contact(_tx_v: Any) -> Employee | Unset:
            _supplier_contact = _tx_v
            supplier_contact: Employee | Unset
            if isinstance(_supplier_contact, Unset):
                supplier_contact = UNSET
            else:
                supplier_contact = Employee._tx_from_json(_supplier_contact)

            return supplier_contact

        def _p_attention(_tx_v: Any) -> Employee | Unset:
            _attention = _tx_v
            attention: Employee | Unset
            if isinstance(_attention, Unset):
                attention = UNSET
            else:
                attention = Employee._tx_from_json(_attention)

            return attention

        def _p_status(_tx_v: Any) -> PurchaseOrderStatus | Unset:
            _status = _tx_v
            status: PurchaseOrderStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PurchaseOrderStatus(_status)

            return status

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_restorder(_tx_v: Any) -> PurchaseOrder | Unset:
            _restorder = _tx_v
            restorder: PurchaseOrder | Unset
            if isinstance(_restorder, Unset):
                restorder = UNSET
            else:
                restorder = PurchaseOrder._tx_from_json(_restorder)

            return restorder

        def _p_transport_type(_tx_v: Any) -> TransportType | Unset:
            _transport_type = _tx_v
            transport_type: TransportType | Unset
            if isinstance(_transport_type, Unset):
                transport_type = UNSET
            else:
                transport_type = TransportType._tx_from_json(_transport_type)

            return transport_type

        def _p_pickup_point(_tx_v: Any) -> PickupPoint | Unset:
            _pickup_point = _tx_v
            pickup_point: PickupPoint | Unset
            if isinstance(_pickup_point, Unset):
                pickup_point = UNSET
            else:
                pickup_point = PickupPoint._tx_from_json(_pickup_point)

            return pickup_point

        def _p_document(_tx_v: Any) -> Document | Unset:
            _document = _tx_v
            document: Document | Unset
            if isinstance(_document, Unset):
                document = UNSET
            else:
                document = Document._tx_from_json(_document)

            return document

        def _p_attachment(_tx_v: Any) -> Document | Unset:
            _attachment = _tx_v
            attachment: Document | Unset
            if isinstance(_attachment, Unset):
                attachment = UNSET
            else:
                attachment = Document._tx_from_json(_attachment)

            return attachment

        def _p_edi_document(_tx_v: Any) -> Document | Unset:
            _edi_document = _tx_v
            edi_document: Document | Unset
            if isinstance(_edi_document, Unset):
                edi_document = UNSET
            else:
                edi_document = Document._tx_from_json(_edi_document)

            return edi_document

        def _p_order_line_sorting(_tx_v: Any) -> PurchaseOrderOrderLineSorting | Unset:
            _order_line_sorting = _tx_v
            order_line_sorting: PurchaseOrderOrderLineSorting | Unset
            if isinstance(_order_line_sorting, Unset):
                order_line_sorting = UNSET
            else:
                order_line_sorting = PurchaseOrderOrderLineSorting(_order_line_sorting)

            return order_line_sorting

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "number": ("number", None),
            "receiver_email": ("receiverEmail", None),
            "discount": ("discount", None),
            "internal_comment": ("internalComment", None),
            "packing_note_message": ("packingNoteMessage", None),
            "transporter_message": ("transporterMessage", None),
            "comments": ("comments", None),
            "supplier": ("supplier", _p_supplier),
            "delivery_date": ("deliveryDate", None),
            "received_date": ("receivedDate", None),
            "order_lines": ("orderLines", _p_order_lines),
            "project": ("project", _p_project),
            "department": ("department", _p_department),
            "delivery_address": ("deliveryAddress", _p_delivery_address),
            "creation_date": ("creationDate", None),
            "is_closed": ("isClosed", None),
            "our_contact": ("ourContact", _p_our_contact),
            "supplier_contact": ("supplierContact", _p_supplier_contact),
            "attention": ("attention", _p_attention),
            "status": ("status", _p_status),
            "currency": ("currency", _p_currency),
            "restorder": ("restorder", _p_restorder),
            "transport_type": ("transportType", _p_transport_type),
            "pickup_point": ("pickupPoint", _p_pickup_point),
            "document": ("document", _p_document),
            "attachment": ("attachment", _p_attachment),
            "edi_document": ("ediDocument", _p_edi_document),
            "last_sent_timestamp": ("lastSentTimestamp", None),
            "last_sent_employee_name": ("lastSentEmployeeName", None),
            "has_wholesaler_export_user": ("hasWholesalerExportUser", None),
            "order_line_sorting": ("orderLineSorting", _p_order_line_sorting),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
