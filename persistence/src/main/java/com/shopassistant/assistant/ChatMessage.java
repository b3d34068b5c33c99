package com.shopassistant.assistant;

import com.shopassistant.ops.DatabaseTime;
import com.shopassistant.ops.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One message of a conversation, immutable once written. Created through the conversation. */
@Entity
@Table(name = "chat_message")
@NamedQuery(
    name = ChatMessage.FIND_AFTER,
    query =
        "select m from ChatMessage m where m.conversation.id = :conversationId and m.seq > :after"
            + " order by m.seq")
public class ChatMessage {

  /** Parameters {@code conversationId} and {@code after}: its messages numbered above, in order. */
  public static final String FIND_AFTER = "ChatMessage.findAfter";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id", nullable = false)
  private Conversation conversation;

  @Column(name = "seq", nullable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private MessageRole role;

  @Column(name = "content", nullable = false)
  private String content;

  @Column(name = "tool_name", length = 100)
  private String toolName;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** The tool calls of a MODEL message as JSON ([{id, name, args}]), else null. */
  @Column(name = "calls_json")
  private String callsJson;

  /** The model's own content JSON of a MODEL message, sent back unchanged; null if none. */
  @Column(name = "vendor_json")
  private String vendorJson;

  /** The model that wrote a MODEL message (gemini-2.5-flash, offline...), else null. */
  @Column(name = "model", length = 100)
  private String model;

  protected ChatMessage() {}

  ChatMessage(
      Conversation conversation,
      int seq,
      MessageRole role,
      String content,
      String toolName,
      ModelOutput output) {
    this(conversation, seq, role, content, toolName);
    if (output != null) {
      if (role != MessageRole.MODEL) {
        throw new IllegalArgumentException("only a MODEL message records a model's output");
      }
      this.callsJson = output.callsJson();
      this.vendorJson = output.vendorJson();
      this.model = Require.optionalText(output.model(), "model", 100);
    }
  }

  ChatMessage(
      Conversation conversation, int seq, MessageRole role, String content, String toolName) {
    this.conversation = Require.present(conversation, "conversation");
    this.seq = Require.atLeast(seq, 1, "message number");
    this.role = Require.present(role, "role");
    // Empty content is legal: a model message may consist of a function call only.
    this.content = Require.present(content, "message content");
    this.toolName = Require.optionalText(toolName, "tool name", 100);
    if (role == MessageRole.TOOL && this.toolName == null) {
      throw new IllegalArgumentException("a TOOL message must name the tool that produced it");
    }
    this.createdAt = DatabaseTime.now();
  }

  public Long getId() {
    return id;
  }

  public Conversation getConversation() {
    return conversation;
  }

  public int getSeq() {
    return seq;
  }

  public MessageRole getRole() {
    return role;
  }

  public String getContent() {
    return content;
  }

  public String getToolName() {
    return toolName;
  }

  public String getCallsJson() {
    return callsJson;
  }

  public String getVendorJson() {
    return vendorJson;
  }

  public String getModel() {
    return model;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
