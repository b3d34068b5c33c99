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
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One message of a conversation, immutable once written. Created through the conversation. */
@Entity
@Table(name = "chat_message")
public class ChatMessage {

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

  protected ChatMessage() {}

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

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
